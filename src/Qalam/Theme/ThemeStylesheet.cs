using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.ViewFeatures;
using Qalam.Content;

namespace Qalam.Theme;

/// <summary>
/// The small stylesheet the settings decide (/theme.css): colour custom properties for light and dark, the font family
/// and its @font-face rules. A file of its own rather than an inline style, so the CSP keeps style-src 'self' and
/// browsers keep it for a year under its content hash.
/// </summary>
public sealed class ThemeStylesheet(IFileVersionProvider files)
{
    public sealed record Sheet(string Css, string Version)
    {
        public string Url => "/theme.css?v=" + Version;
    }

    private sealed record Entry(string Key, Sheet Sheet);

    // The last sheet made: settings change seldom, and every page asks for the address.
    private Entry? _last;

    public Sheet For(SiteSettings settings)
    {
        var key = settings.PrimaryColour + "|" + settings.Font;
        if (Volatile.Read(ref _last) is { } last && last.Key == key) return last.Sheet;
        var css = Build(settings);
        var version = Convert.ToBase64String(SHA256.HashData(Encoding.UTF8.GetBytes(css)).AsSpan(0, 9)).Replace('+', '-').Replace('/', '_');
        var sheet = new Sheet(css, version);
        Volatile.Write(ref _last, new Entry(key, sheet));
        return sheet;
    }

    /// <summary>The font files to preload, with their content hash (the same addresses the @font-face rules name).</summary>
    public IReadOnlyList<string> Preloads(SiteFont font) =>
        ThemeFonts.For(font)?.Faces.Select(f => Versioned(f.Path)).ToList() ?? [];

    private string Versioned(string path) => files.AddFileVersionToPath(PathString.Empty, path);

    private string Build(SiteSettings settings)
    {
        var primary = Rgb.TryParse(settings.PrimaryColour, out var c) ? c : Rgb.TryParse(new SiteSettings().PrimaryColour, out var d) ? d : Rgb.Black;
        var css = new StringBuilder();
        css.Append(":root{").Append(Properties(ThemePalette.Light(primary)))
            .Append("--font:").Append(ThemeFonts.Stack(settings.Font)).Append(";}\n");
        css.Append("@media (prefers-color-scheme: dark){:root{").Append(Properties(ThemePalette.Dark(primary))).Append("}}\n");
        foreach (var face in ThemeFonts.For(settings.Font)?.Faces ?? [])
        {
            css.Append("@font-face{font-family:\"").Append(ThemeFonts.For(settings.Font)!.Name).Append("\";src:url(")
                .Append(Versioned(face.Path)).Append(") format(\"woff2\");font-weight:").Append(face.Weight)
                .Append(";font-style:normal;font-display:swap;}\n");
        }
        return css.ToString();
    }

    private static string Properties(ThemePalette p) =>
        $"--brand:{p.Brand};--brand-fg:{p.BrandText};--accent:{p.Accent};--accent-fg:{p.AccentText};--footer-bg:{p.Footer};--footer-fg:{p.FooterText};";
}
