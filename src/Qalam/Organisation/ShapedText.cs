using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Qalam.Organisation;

/// <summary>
/// Lays out lines of Arabic (and mixed Arabic/Latin) text for PDFs and image stamps: each run is shaped by HarfBuzz
/// (joined letters, lam-alef), runs of Latin words and numbers keep their left-to-right order inside a right-to-left
/// line, and each glyph run carries its text and clusters, so a PDF reader can copy the words back out.
/// </summary>
public sealed class ShapedText : IDisposable
{
    private const string NotoDir = "/usr/share/fonts/truetype/noto/";
    private readonly SKTypeface _arabic;
    private readonly SKTypeface _latin;
    private readonly SKShaper _arabicShaper;
    private readonly SKShaper _latinShaper;

    public ShapedText(bool bold = false)
    {
        var weight = bold ? "Bold" : "Regular";
        _arabic = Load($"NotoNaskhArabic-{weight}.ttf", $"NotoSansArabic-{weight}.ttf");
        _latin = Load($"NotoSans-{weight}.ttf", $"DejaVuSans{(bold ? "-Bold" : "")}.ttf");
        _arabicShaper = new SKShaper(_arabic);
        _latinShaper = new SKShaper(_latin);
    }

    private static SKTypeface Load(params string[] names)
    {
        foreach (var name in names)
        {
            foreach (var dir in new[] { NotoDir, "/usr/share/fonts/truetype/dejavu/" })
            {
                var path = Path.Combine(dir, name);
                if (File.Exists(path)) return SKTypeface.FromFile(path);
            }
        }
        return SKTypeface.Default;
    }

    private sealed record Run(string Text, bool Rtl);

    public float Measure(string line, float size, bool rtl = true) =>
        Runs(line, rtl).Sum(r => Shape(r, size).Width) + SpaceWidth(size) * Math.Max(0, Runs(line, rtl).Count - 1);

    /// <summary>Breaks a paragraph into lines no wider than <paramref name="width"/>, at spaces.</summary>
    public IReadOnlyList<string> Wrap(string paragraph, float width, float size, bool rtl = true)
    {
        var lines = new List<string>();
        var current = new StringBuilder();
        foreach (var word in paragraph.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var candidate = current.Length == 0 ? word : current + " " + word;
            if (current.Length > 0 && Measure(candidate, size, rtl) > width)
            {
                lines.Add(current.ToString());
                current.Clear().Append(word);
            }
            else
            {
                current.Clear().Append(candidate);
            }
        }
        if (current.Length > 0) lines.Add(current.ToString());
        return lines;
    }

    /// <summary>Draws one line starting at <paramref name="start"/>: the right edge for a right-to-left line, the left edge otherwise.</summary>
    public void DrawLine(SKCanvas canvas, string line, float start, float baseline, float size, SKPaint paint, bool rtl = true)
    {
        var x = start;
        var space = SpaceWidth(size);
        foreach (var run in Runs(line, rtl))
        {
            var shaped = Shape(run, size);
            var left = rtl ? x - shaped.Width : x;
            using (var blob = shaped.Build(left))
            {
                if (blob is not null) canvas.DrawText(blob, 0, baseline, paint);
            }
            x = rtl ? left - space : x + shaped.Width + space;
        }
    }

    private float SpaceWidth(float size) => size * 0.28f;

    private static List<Run> Runs(string line, bool rtl)
    {
        var runs = new List<Run>();
        foreach (var word in line.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordRtl = word.Any(IsArabic) || !word.Any(char.IsLetterOrDigit) && rtl;
            if (runs.Count > 0 && runs[^1].Rtl == wordRtl) runs[^1] = runs[^1] with { Text = runs[^1].Text + " " + word };
            else runs.Add(new Run(word, wordRtl));
        }
        return runs;
    }

    private static bool IsArabic(char c) => c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF';

    private Shaped Shape(Run run, float size)
    {
        var typeface = run.Rtl ? _arabic : _latin;
        var font = new SKFont(typeface, size);
        var utf8 = Encoding.UTF8.GetBytes(run.Text);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(utf8);
        buffer.Direction = run.Rtl ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        var result = (run.Rtl ? _arabicShaper : _latinShaper).Shape(buffer, font);
        return new Shaped(font, utf8, result);
    }

    private sealed record Shaped(SKFont Font, byte[] Utf8, SKShaper.Result Result)
    {
        public float Width => Result.Width;

        public SKTextBlob? Build(float left)
        {
            var count = Result.Codepoints.Length;
            if (count == 0) return null;
            using var builder = new SKTextBlobBuilder();
            var buffer = builder.AllocatePositionedTextRun(Font, count, Utf8.Length);
            buffer.SetGlyphs(Result.Codepoints.Select(c => (ushort)c).ToArray());
            buffer.SetPositions(Result.Points.Select(p => new SKPoint(p.X + left, p.Y)).ToArray());
            buffer.SetText(Utf8);
            buffer.SetClusters(Result.Clusters);
            return builder.Build();
        }
    }

    public void Dispose()
    {
        _arabicShaper.Dispose();
        _latinShaper.Dispose();
        _arabic.Dispose();
        _latin.Dispose();
    }
}
