using Qalam.Content;

namespace Qalam.Theme;

/// <summary>
/// The typefaces Qalam ships in wwwroot/fonts (made by scripts/fonts): one file per weight, each with the Arabic
/// and Latin letters the site uses. <see cref="SiteFont.System"/> loads none and uses the reader's own fonts.
/// </summary>
public static class ThemeFonts
{
    public sealed record Face(int Weight, string Path);

    public sealed record Family(string Name, IReadOnlyList<Face> Faces);

    /// <summary>Behind every family: the fonts phones and computers already have for Arabic.</summary>
    public const string SystemStack = "\"Noto Naskh Arabic\", \"Geeza Pro\", \"Segoe UI\", Tahoma, system-ui, sans-serif";
    private const string SansStack = "\"Noto Sans Arabic\", \"Segoe UI\", Tahoma, system-ui, sans-serif";

    public static Family? For(SiteFont font) => font switch
    {
        SiteFont.Naskh => new("Qalam Naskh", [new(400, "/fonts/naskh-400.woff2"), new(700, "/fonts/naskh-700.woff2")]),
        SiteFont.Sans => new("Qalam Sans", [new(400, "/fonts/sans-400.woff2"), new(700, "/fonts/sans-700.woff2")]),
        _ => null,
    };

    /// <summary>The CSS font-family value for a setting.</summary>
    public static string Stack(SiteFont font) => font switch
    {
        SiteFont.Naskh => $"\"Qalam Naskh\", {SystemStack}",
        SiteFont.Sans => $"\"Qalam Sans\", {SansStack}",
        _ => SystemStack,
    };
}
