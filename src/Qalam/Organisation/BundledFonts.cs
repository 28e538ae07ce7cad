using SkiaSharp;

namespace Qalam.Organisation;

/// <summary>
/// The fonts Qalam draws statements, letters and images with, shipped inside the application (Organisation/Fonts, SIL Open
/// Font License, see OFL.txt there): never the machine's own fonts, so the same statement gives the same PDF everywhere.
/// Noto Naskh Arabic draws Arabic; Noto Sans draws what Naskh lacks (#, _, -, Latin words).
/// </summary>
public static class BundledFonts
{
    public const string ArabicFamily = "Noto Naskh Arabic";
    public const string LatinFamily = "Noto Sans";

    private static readonly Lazy<SKTypeface> ArabicRegular = new(() => Load("NotoNaskhArabic-Regular.ttf"));
    private static readonly Lazy<SKTypeface> ArabicBold = new(() => Load("NotoNaskhArabic-Bold.ttf"));
    private static readonly Lazy<SKTypeface> LatinRegular = new(() => Load("NotoSans-Regular.ttf"));
    private static readonly Lazy<SKTypeface> LatinBold = new(() => Load("NotoSans-Bold.ttf"));

    // Shared for the life of the process: a typeface is immutable and safe to use from several threads.
    public static SKTypeface Arabic(bool bold) => (bold ? ArabicBold : ArabicRegular).Value;

    public static SKTypeface Latin(bool bold) => (bold ? LatinBold : LatinRegular).Value;

    /// <summary>The font file itself, for libraries that take bytes (PDFsharp's font resolver).</summary>
    public static byte[] Bytes(string file)
    {
        using var stream = Open(file);
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    }

    private static SKTypeface Load(string file)
    {
        using var stream = Open(file);
        using var data = SKData.Create(stream);
        return SKTypeface.FromData(data) ?? throw new InvalidOperationException($"The font {file} could not be read.");
    }

    private static Stream Open(string file) =>
        typeof(BundledFonts).Assembly.GetManifestResourceStream("Qalam.Organisation.Fonts." + file)
        ?? throw new InvalidOperationException($"The font {file} is not embedded in the application.");
}
