using Qalam.Organisation;

namespace Qalam.Tests.Organisation;

public sealed class TextRunsTests
{
    // Each run as "<text" (right to left) or ">text" (left to right), "_" before a run that a space separates from the one before.
    [Theory]
    [InlineData("بيان رقم (1) لعام 2026", "<بيان رقم|_>(1)|_<لعام|_>2026")]
    [InlineData("وشارك ١٢٣٤ متدربًا", "<وشارك|_>١٢٣٤|_<متدربًا")] // Arabic-Indic digits still read left to right
    [InlineData("في عام 2026.", "<في عام|_>2026|<.")] // the full stop closes the Arabic sentence, on the left
    [InlineData("حملة Cyber-Safe على منصة", "<حملة|_>Cyber-Safe|_<على منصة")]
    [InlineData("بين Windows - Linux فقط", "<بين|_>Windows - Linux|_<فقط")] // a dash between two Latin words joins them
    [InlineData("المدن - والقرى", "<المدن - والقرى")] // a dash between Arabic words stays in the Arabic run
    [InlineData("#الأمن_الرقمي", "<#الأمن_الرقمي")]
    [InlineData("يناير 2026 (18-1-2026)", "<يناير|_>2026|_>(18-1-2026)")] // two numbers side by side keep the Arabic order
    [InlineData("شهادة ISO 9001 للجودة", "<شهادة|_>ISO 9001|_<للجودة")] // a number after Latin text belongs to it
    [InlineData("رقم 3: نص", "<رقم|_>3|<: نص")] // the colon after a number goes with the Arabic that follows
    public void A_line_is_split_into_runs_of_one_direction(string line, string expected) =>
        Assert.Equal(expected, string.Join("|", TextRuns.Split(line, rtl: true).Select(r => (r.Gap ? "_" : "") + (r.Rtl ? "<" : ">") + r.Text)));

    [Theory]
    [InlineData("لعام٢٠٢٦م", "<لعام|>٢٠٢٦|<م")]
    [InlineData("بتاريخ18-1-2026", "<بتاريخ|>18-1-2026")]
    [InlineData("رقم-", "<رقم-")]
    public void Numbers_inside_an_arabic_word_read_left_to_right(string text, string expected) =>
        Assert.Equal(expected, string.Join("|", TextRuns.Numbers(text).Select(p => (p.Rtl ? "<" : ">") + p.Text)));
}
