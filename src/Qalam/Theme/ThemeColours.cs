using System.Globalization;
using System.Text.RegularExpressions;

namespace Qalam.Theme;

/// <summary>An sRGB colour as editors write it (#rrggbb), with the WCAG arithmetic the theme needs.</summary>
public readonly partial record struct Rgb(byte R, byte G, byte B)
{
    public static readonly Rgb White = new(255, 255, 255);
    public static readonly Rgb Black = new(0, 0, 0);

    public static bool TryParse(string? text, out Rgb colour)
    {
        colour = default;
        if (text is null || !Hex().IsMatch(text.Trim())) return false;
        var v = int.Parse(text.Trim().AsSpan(1), NumberStyles.HexNumber, CultureInfo.InvariantCulture);
        colour = new Rgb((byte)(v >> 16), (byte)(v >> 8), (byte)v);
        return true;
    }

    public override string ToString() => string.Create(CultureInfo.InvariantCulture, $"#{R:x2}{G:x2}{B:x2}");

    /// <summary>WCAG 2 relative luminance.</summary>
    public double Luminance => 0.2126 * Linear(R) + 0.7152 * Linear(G) + 0.0722 * Linear(B);

    public double ContrastWith(Rgb other)
    {
        var (a, b) = (Luminance, other.Luminance);
        return (Math.Max(a, b) + 0.05) / (Math.Min(a, b) + 0.05);
    }

    /// <summary>This colour moved <paramref name="amount"/> (0–1) of the way towards <paramref name="target"/>.</summary>
    public Rgb Mix(Rgb target, double amount) => new(Step(R, target.R, amount), Step(G, target.G, amount), Step(B, target.B, amount));

    /// <summary>Black or white, whichever reads better on this colour (one of them always reaches 4.5:1).</summary>
    public Rgb Text => ContrastWith(White) >= ContrastWith(Black) ? White : Black;

    private static byte Step(byte from, byte to, double amount) => (byte)Math.Round(from + (to - from) * amount);

    private static double Linear(byte channel)
    {
        var c = channel / 255.0;
        return c <= 0.04045 ? c / 12.92 : Math.Pow((c + 0.055) / 1.055, 2.4);
    }

    [GeneratedRegex("^#[0-9a-fA-F]{6}$", RegexOptions.CultureInvariant)]
    private static partial Regex Hex();
}
