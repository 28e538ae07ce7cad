using Qalam.Organisation;
using Qalam.Sharing;

namespace Qalam.Tests.Sharing;

public sealed class ShareCardTitleTests
{
    private const float Width = 1040;

    [Theory]
    [InlineData("عام 2027، في", "عام 2027 ، في")]           // a year before an Arabic comma: drawn left to right, not "7202"
    [InlineData("بمشاركة Google وMeta", "بمشاركة Google و Meta")] // the conjunction apart from the Latin name
    [InlineData("كوفيد-19", "كوفيد- 19")]                    // the hyphen stays with the word before it
    [InlineData("«مهارات»", "«مهارات»")]                     // Arabic with its own punctuation: untouched
    [InlineData("5G", "5G")]                                 // Latin letters and digits together: untouched
    public void Words_mixing_arabic_with_latin_or_digits_are_split_where_the_script_changes(string word, string expected) =>
        Assert.Equal(expected, ShareCardTitle.SeparateScripts(word));

    [Fact]
    public void A_short_title_is_set_large_on_one_line()
    {
        using var text = new ShapedText(bold: true);
        var fitted = ShareCardTitle.Fit(text, "من نحن", Width, rtl: true);
        Assert.Equal(88, fitted.Size);
        Assert.Equal(["من نحن"], fitted.Lines);
    }

    [Fact]
    public void A_long_title_is_cut_after_four_lines_with_every_line_inside_the_width()
    {
        using var text = new ShapedText(bold: true);
        var title = string.Join(' ', Enumerable.Repeat("المؤسسة الليبية للتقنية تطلق برنامجًا جديدًا", 8));
        var fitted = ShareCardTitle.Fit(text, title, Width, rtl: true);
        Assert.Equal(4, fitted.Lines.Count);
        Assert.EndsWith("...", fitted.Lines[^1]);
        Assert.All(fitted.Lines, l => Assert.True(text.Measure(l, fitted.Size) <= Width, l));
        Assert.StartsWith("المؤسسة الليبية", fitted.Lines[0]);
    }

    [Fact]
    public void A_word_wider_than_the_card_is_cut_rather_than_drawn_past_its_edge()
    {
        using var text = new ShapedText(bold: true);
        var fitted = ShareCardTitle.Fit(text, "https://example.org/" + new string('a', 200), Width, rtl: false);
        Assert.Single(fitted.Lines);
        Assert.True(text.Measure(fitted.Lines[0], fitted.Size, rtl: false) <= Width);
        Assert.EndsWith("...", fitted.Lines[0]);
    }
}
