namespace Qalam.Theme;

/// <summary>
/// The colours of one scheme (light or dark) derived from the editors' primary colour. Whatever colour they choose,
/// every pair a reader sees passes WCAG AA: the header band takes black or white text by contrast, and links and
/// buttons use the primary colour moved towards black (light) or white (dark) until it reads on the page's backgrounds.
/// </summary>
public sealed record ThemePalette(Rgb Brand, Rgb BrandText, Rgb Accent, Rgb AccentText, Rgb Footer, Rgb FooterText)
{
    /// <summary>Normal text needs 4.5:1; a little over it, so rounding in a browser never drops below.</summary>
    public const double TextContrast = 4.6;

    // The page backgrounds of site.css: links and accent text sit on both the page and its panels.
    public static readonly Rgb[] LightBackgrounds = [Rgb.White, new(0xf4, 0xf6, 0xf5)];
    public static readonly Rgb[] DarkBackgrounds = [new(0x12, 0x14, 0x16), new(0x1b, 0x1f, 0x22)];

    public static ThemePalette Light(Rgb primary)
    {
        var accent = Until(primary, Rgb.Black, c => LightBackgrounds.All(b => c.ContrastWith(b) >= TextContrast));
        var footer = Until(primary.Mix(Rgb.Black, 0.55), Rgb.Black, c => c.ContrastWith(Rgb.White) >= 7);
        return new(primary, primary.Text, accent, accent.Text, footer, Rgb.White);
    }

    public static ThemePalette Dark(Rgb primary)
    {
        // A bright band glares in a dark room: the band darkens until white reads on it comfortably.
        var brand = Until(primary, Rgb.Black, c => c.ContrastWith(Rgb.White) >= 7);
        // Lightened further than the minimum: on a dark page a barely passing link reads as grey.
        var accent = Until(primary, Rgb.White, c => DarkBackgrounds.All(b => c.ContrastWith(b) >= 6));
        var footer = Until(primary.Mix(Rgb.Black, 0.75), Rgb.Black, c => c.ContrastWith(Rgb.White) >= 12);
        return new(brand, Rgb.White, accent, accent.Text, footer, Rgb.White);
    }

    /// <summary>The colour moved towards <paramref name="target"/> in small steps until <paramref name="good"/> holds.</summary>
    private static Rgb Until(Rgb colour, Rgb target, Func<Rgb, bool> good)
    {
        for (var step = 0; step <= 20; step++)
        {
            var c = colour.Mix(target, step / 20.0);
            if (good(c)) return c;
        }
        return target;
    }
}
