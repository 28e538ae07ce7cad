using Qalam.Accounts;

namespace Qalam.Tests.Accounts;

public sealed class LinkLinesTests
{
    [Theory]
    [InlineData("عن المؤسسة|/about", "عن المؤسسة", "/about")]
    [InlineData("  البيانات | /statements  ", "البيانات", "/statements")]
    [InlineData("فيسبوك|https://www.facebook.com/waha", "فيسبوك", "https://www.facebook.com/waha")]
    [InlineData("أ|ب|/a-b", "أ|ب", "/a-b")]
    public void Parse_reads_label_and_url_split_at_the_last_bar(string line, string label, string url)
    {
        var (links, bad) = LinkLines.Parse(line);
        Assert.Empty(bad);
        Assert.Equal(new LinkLines.Link(label, url), Assert.Single(links));
    }

    [Theory]
    [InlineData("javascript:alert(1)")]
    [InlineData("data:text/html,<b>x</b>")]
    [InlineData("//evil.example/path")]
    [InlineData("/\\evil.example")]
    [InlineData("ftp://example.org/file")]
    [InlineData("about")]
    [InlineData("")]
    public void Unsafe_or_relative_without_slash_urls_are_refused(string url) => Assert.False(LinkLines.IsSafeUrl(url));

    [Fact]
    public void Parse_reports_the_numbers_of_the_bad_lines_and_skips_blank_ones()
    {
        var (links, bad) = LinkLines.Parse("الرئيسية|/\n\nبلا رابط\nتويتر|https://x.com/waha\nخطر|javascript:alert(1)\n|/no-label");
        Assert.Equal(["الرئيسية", "تويتر"], links.Select(l => l.Label));
        Assert.Equal([3, 5, 6], bad);
    }

    [Fact]
    public void Normalize_trims_lines_and_drops_blank_ones() =>
        Assert.Equal("أ|/a\nب|/b", LinkLines.Normalize("  أ|/a  \r\n\r\n ب|/b \n"));
}
