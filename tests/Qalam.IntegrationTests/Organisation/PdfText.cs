using System.Text;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>
/// Reads a right-to-left PDF back into logical Arabic: PdfPig gives each word's shaped glyphs (presentation forms) in
/// visual order, so words are put back right to left on each line, Arabic letters reversed and folded (NFKC) to plain letters.
/// </summary>
public static class PdfText
{
    public static string Logical(PdfDocument pdf)
    {
        var lines = new List<string>();
        foreach (var page in pdf.GetPages())
        {
            foreach (var line in page.GetWords().GroupBy(w => Math.Round(w.BoundingBox.Bottom)).OrderByDescending(g => g.Key))
            {
                lines.Add(string.Join(" ", line.OrderByDescending(w => w.BoundingBox.Left).Select(w => Word(w.Text))));
            }
        }
        return string.Join("\n", lines);
    }

    /// <summary>True when the file holds Arabic contextual forms: the letters were shaped (joined), not drawn one by one.</summary>
    public static bool HasShapedArabic(PdfDocument pdf) => pdf.GetPages().Any(p => p.Text.Any(c => c is >= '\uFE70' and <= '\uFEFF'));

    private static string Word(string visual)
    {
        var folded = visual.Normalize(NormalizationForm.FormKC);
        return folded.Any(c => c is >= '\u0600' and <= '\u06FF') ? new string(folded.Reverse().ToArray()) : folded;
    }
}
