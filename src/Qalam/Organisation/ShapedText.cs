using System.Text;
using HarfBuzzSharp;
using SkiaSharp;
using SkiaSharp.HarfBuzz;

namespace Qalam.Organisation;

/// <summary>
/// Lays out lines of Arabic (and mixed Arabic/Latin) text for PDFs and images: each run (<see cref="TextRuns"/>) is shaped
/// by HarfBuzz (joined letters, lam-alef), Latin words and numbers keep their left-to-right order inside a right-to-left
/// line, and each glyph run carries its text and clusters, so a PDF reader can copy the words back out. Only the bundled
/// fonts are used (<see cref="BundledFonts"/>): each character is drawn by the first of them that has it, Arabic first in
/// Arabic text and Latin first in Latin text, so <c>#</c>, <c>_</c> and <c>-</c> in an Arabic line never come out as empty boxes.
/// </summary>
public sealed class ShapedText : IDisposable
{
    private readonly SKTypeface _arabic;
    private readonly SKTypeface _latin;
    private readonly SKShaper _arabicShaper;
    private readonly SKShaper _latinShaper;
    private readonly SKFont _arabicProbe;
    private readonly SKFont _latinProbe;

    public ShapedText(bool bold = false)
    {
        _arabic = BundledFonts.Arabic(bold);
        _latin = BundledFonts.Latin(bold);
        _arabicShaper = new SKShaper(_arabic);
        _latinShaper = new SKShaper(_latin);
        _arabicProbe = new SKFont(_arabic);
        _latinProbe = new SKFont(_latin);
    }

    public float Measure(string line, float size, bool rtl = true)
    {
        var runs = TextRuns.Split(line, rtl);
        return runs.Sum(r => Shapes(r, size).Sum(s => s.Width)) + SpaceWidth(size) * runs.Count(r => r.Gap);
    }

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
        foreach (var run in TextRuns.Split(line, rtl))
        {
            if (run.Gap) x += rtl ? -space : space;
            var shapes = Shapes(run, size);
            var width = shapes.Sum(s => s.Width);
            var at = rtl ? x - width : x;
            foreach (var shaped in shapes)
            {
                using (var blob = shaped.Build(at))
                {
                    if (blob is not null) canvas.DrawText(blob, 0, baseline, paint);
                }
                at += shaped.Width;
            }
            x += rtl ? -width : width;
        }
    }

    private float SpaceWidth(float size) => size * 0.28f;

    /// <summary>A run's shaped pieces from left to right: in a right-to-left run, numbers still read left to right.</summary>
    private List<Shaped> Shapes(TextRun run, float size)
    {
        var pieces = run.Rtl ? TextRuns.Numbers(run.Text) : [(run.Text, false)];
        if (run.Rtl) pieces.Reverse();
        var shapes = new List<Shaped>();
        foreach (var (text, rtl) in pieces)
        {
            var segments = ByFont(text, rtl);
            if (rtl) segments.Reverse();
            shapes.AddRange(segments.Select(s => Shape(s.Text, s.Face, rtl, size)));
        }
        return shapes;
    }

    /// <summary>
    /// Cuts text where the font must change: each character goes to the first font that has a glyph for it (the script's
    /// own font first). Spaces, marks and joiners stay with the character before them, so harakat are shaped with their letter.
    /// </summary>
    private List<(string Text, SKTypeface Face)> ByFont(string text, bool rtl)
    {
        var (own, other) = rtl ? (_arabicProbe, _latinProbe) : (_latinProbe, _arabicProbe);
        var segments = new List<(string Text, SKTypeface Face)>();
        foreach (var rune in text.EnumerateRunes())
        {
            var follows = segments.Count > 0 && (Rune.IsWhiteSpace(rune) || Rune.GetUnicodeCategory(rune) is
                System.Globalization.UnicodeCategory.NonSpacingMark or System.Globalization.UnicodeCategory.Format);
            var probe = !own.ContainsGlyph(rune.Value) && other.ContainsGlyph(rune.Value) ? other : own;
            var face = follows ? segments[^1].Face : probe == _arabicProbe ? _arabic : _latin;
            if (segments.Count > 0 && segments[^1].Face == face) segments[^1] = (segments[^1].Text + rune, face);
            else segments.Add((rune.ToString(), face));
        }
        return segments;
    }

    private Shaped Shape(string text, SKTypeface face, bool rtl, float size)
    {
        var font = new SKFont(face, size);
        var utf8 = Encoding.UTF8.GetBytes(text);
        using var buffer = new HarfBuzzSharp.Buffer();
        buffer.AddUtf8(utf8);
        buffer.Direction = rtl ? Direction.RightToLeft : Direction.LeftToRight;
        buffer.GuessSegmentProperties();
        var result = (face == _arabic ? _arabicShaper : _latinShaper).Shape(buffer, font);
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

    // The typefaces are shared (BundledFonts); only the shapers belong to this instance.
    public void Dispose()
    {
        _arabicShaper.Dispose();
        _latinShaper.Dispose();
        _arabicProbe.Dispose();
        _latinProbe.Dispose();
    }
}
