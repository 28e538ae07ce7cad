using System.Text;
using System.Text.RegularExpressions;
using UglyToad.PdfPig;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>
/// Reads a right-to-left PDF back into logical Arabic: PdfPig gives each word's shaped glyphs (presentation forms) in
/// visual order, so words are put back right to left on each line, Arabic letters reversed and folded (NFKC) to plain letters;
/// numbers, which read left to right in Arabic too, keep their order.
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
        if (!folded.Any(c => c is >= '\u0600' and <= '\u06FF' && !char.IsDigit(c))) return folded;
        var reversed = new string(folded.Reverse().ToArray());
        return Regex.Replace(reversed, @"\d+", m => new string(m.Value.Reverse().ToArray()));
    }
}
