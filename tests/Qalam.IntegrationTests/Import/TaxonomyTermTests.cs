using System.Net;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Import;

/// <summary>A WordPress site's own taxonomies come across with an archive per term and links under each post.</summary>
public sealed class TaxonomyTermTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private const string Region = """<category domain="region" nicename="%d8%b3%d8%a8%d9%87%d8%a7"><![CDATA[سبها]]></category>""";

    private async Task ImportAsync() => await _factory.ImportXmlAsync(Wxr.Document(string.Join("\n",
        Wxr.Post(701, "تدريب في سبها", "training-sebha", extra: Region),
        Wxr.Post(702, "ورشة في سبها", "workshop-sebha", date: "2026-01-25 08:00:00", extra: Region),
        Wxr.Post(703, "مسودة عن سبها", "", status: "draft", extra: Region),
        Wxr.Post(704, "خبر عام", "general-news"))));

    [Fact]
    public async Task A_term_archive_lists_its_public_posts_newest_first_and_no_draft()
    {
        await ImportAsync();
        var doc = await _factory.CreateClient().GetDocumentAsync("/term/region/" + Uri.EscapeDataString("سبها"));
        Assert.Equal("سبها", doc.QuerySelector("main h1")!.TextContent.Trim());
        var titles = doc.QuerySelectorAll("main article h2, main li h2").Select(h => h.TextContent.Trim()).ToList();
        Assert.Equal(["ورشة في سبها", "تدريب في سبها"], titles);
        Assert.DoesNotContain("مسودة عن سبها", doc.Body!.TextContent);
        Assert.Equal("rtl", doc.DocumentElement.GetAttribute("dir"));
    }

    [Fact]
    public async Task A_post_shows_its_terms_as_links_to_their_archives_and_a_post_without_terms_shows_none()
    {
        await ImportAsync();
        var doc = await _factory.CreateClient().GetDocumentAsync("/training-sebha");
        var link = doc.QuerySelector("footer.terms a")!;
        Assert.Equal("سبها", link.TextContent.Trim());
        Assert.Equal("/term/region/" + Uri.EscapeDataString("سبها"), link.GetAttribute("href"));
        Assert.Null((await _factory.CreateClient().GetDocumentAsync("/general-news")).QuerySelector("footer.terms"));
    }

    [Theory]
    [InlineData("/term/region/nowhere")]
    [InlineData("/term/unknown/%D8%B3%D8%A8%D9%87%D8%A7")]
    public async Task An_unknown_taxonomy_or_term_is_404(string address)
    {
        await ImportAsync();
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync(address)).StatusCode);
    }
}
