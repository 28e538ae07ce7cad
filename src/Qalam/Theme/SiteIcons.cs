using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.Options;
using Qalam.Content;
using SkiaSharp;

namespace Qalam.Theme;

/// <summary>
/// The site's icons (favicon, home-screen and app icons) drawn from the uploaded logo, fitted into a square; without a
/// logo, the first letter of the site's name on the primary colour. Drawn once per logo, colour and name, then kept.
/// </summary>
public sealed class SiteIcons(IOptions<QalamOptions> options)
{
    /// <summary>The sizes asked for by address: the Apple touch icon and the web app manifest's two.</summary>
    public static readonly IReadOnlyList<int> Sizes = [180, 192, 512];
    private static readonly int[] FaviconSizes = [16, 32, 48];

    private sealed record Drawn(string Key, string Version, Dictionary<int, byte[]> Png, byte[] Ico);

    private Drawn? _drawn;
    private readonly Lock _gate = new();

    /// <summary>A short hash of what the icons are drawn from, for addresses browsers may keep for good.</summary>
    public string Version(SiteSettings settings) => Get(settings).Version;

    public byte[] Png(SiteSettings settings, int size) => Get(settings).Png[size];

    public byte[] Favicon(SiteSettings settings) => Get(settings).Ico;

    private Drawn Get(SiteSettings settings)
    {
        var logo = LogoFile(settings.LogoUrl);
        var key = $"{settings.LogoUrl}|{(logo is null ? "" : File.GetLastWriteTimeUtc(logo).Ticks)}|{settings.PrimaryColour}|{Initial(settings.Name)}";
        if (Volatile.Read(ref _drawn) is { } known && known.Key == key) return known;
        lock (_gate)
        {
            if (_drawn is { } again && again.Key == key) return again;
            using var source = logo is null ? null : SKBitmap.Decode(logo);
            var primary = Rgb.TryParse(settings.PrimaryColour, out var c) ? c : new Rgb(0x0b, 0x5d, 0x4b);
            var png = Sizes.Concat(FaviconSizes).Distinct().ToDictionary(s => s, s => Draw(s, source, primary, Initial(settings.Name), opaque: Sizes.Contains(s)));
            var version = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(key)).AsSpan(0, 6)).ToLowerInvariant();
            var drawn = new Drawn(key, version, png, Ico(FaviconSizes.Select(s => (s, png[s]))));
            Volatile.Write(ref _drawn, drawn);
            return drawn;
        }
    }

    /// <summary>The uploaded logo's file when the setting names one in the media library, else null.</summary>
    private string? LogoFile(string? logoUrl)
    {
        if (SiteLogo.StoragePath(logoUrl) is not { } path) return null;
        var root = options.Value.FilesPath("media");
        var full = Path.GetFullPath(Path.Combine(root, path));
        return full.StartsWith(root + Path.DirectorySeparatorChar, StringComparison.Ordinal) && File.Exists(full) ? full : null;
    }

    private static string Initial(string name) =>
        name.FirstOrDefault(char.IsLetterOrDigit) is var c and not '\0' ? char.ToUpperInvariant(c).ToString() : "Q";

    private byte[] Draw(int size, SKBitmap? logo, Rgb primary, string initial, bool opaque)
    {
        using var surface = SKSurface.Create(new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul));
        var canvas = surface.Canvas;
        if (logo is not null)
        {
            // Home screens want an opaque square: the logo on white with a margin; a tab icon keeps its transparency.
            canvas.Clear(opaque ? SKColors.White : SKColors.Transparent);
            var margin = opaque ? size * 0.1f : 0;
            var scale = Math.Min((size - 2 * margin) / logo.Width, (size - 2 * margin) / logo.Height);
            var (w, h) = (logo.Width * scale, logo.Height * scale);
            using var image = SKImage.FromBitmap(logo);
            canvas.DrawImage(image, SKRect.Create((size - w) / 2, (size - h) / 2, w, h), new SKSamplingOptions(SKCubicResampler.Mitchell));
        }
        else
        {
            canvas.Clear(new SKColor(primary.R, primary.G, primary.B));
            using var typeface = LetterTypeface(initial);
            using var font = new SKFont(typeface, size * 0.62f) { Subpixel = true, Edging = SKFontEdging.Antialias };
            var text = primary.Text;
            using var paint = new SKPaint { Color = new SKColor(text.R, text.G, text.B), IsAntialias = true };
            font.MeasureText(initial, out var bounds, paint);
            canvas.DrawText(initial, size / 2f - bounds.MidX, size / 2f - bounds.MidY, SKTextAlign.Left, font, paint);
        }
        using var snapshot = surface.Snapshot();
        using var data = snapshot.Encode(SKEncodedImageFormat.Png, 100);
        return data.ToArray();
    }

    /// <summary>
    /// The letters Qalam ships for this (scripts/fonts: Noto's Arabic letters and Latin capitals, bold), so the icon is
    /// the same on every machine; a system font only for a letter they lack.
    /// </summary>
    private static SKTypeface LetterTypeface(string initial)
    {
        using (var stream = typeof(SiteIcons).Assembly.GetManifestResourceStream("Qalam.Theme.icon-letters.ttf"))
        {
            if (stream is not null && SKTypeface.FromStream(stream) is { } shipped)
            {
                using var probe = new SKFont(shipped);
                if (probe.GetGlyph(initial[0]) != 0) return shipped;
                shipped.Dispose();
            }
        }
        return SKFontManager.Default.MatchCharacter(null, SKFontStyle.Bold, null, initial[0]) ?? SKTypeface.Default;
    }

    /// <summary>An .ico file holding PNG images (understood by every browser since 2007).</summary>
    private static byte[] Ico(IEnumerable<(int Size, byte[] Png)> images)
    {
        var list = images.ToList();
        using var ms = new MemoryStream();
        using var w = new BinaryWriter(ms);
        w.Write((ushort)0);
        w.Write((ushort)1);
        w.Write((ushort)list.Count);
        var offset = 6 + 16 * list.Count;
        foreach (var (size, png) in list)
        {
            w.Write((byte)(size >= 256 ? 0 : size));
            w.Write((byte)(size >= 256 ? 0 : size));
            w.Write((byte)0);
            w.Write((byte)0);
            w.Write((ushort)1);
            w.Write((ushort)32);
            w.Write(png.Length);
            w.Write(offset);
            offset += png.Length;
        }
        foreach (var (_, png) in list) w.Write(png);
        w.Flush();
        return ms.ToArray();
    }
}
