using System.Net;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>The demo organisation's public pages, as a reader sees them.</summary>
public sealed class OrganisationPagesTests(DemoSite site) : IClassFixture<DemoSite>
{
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    [Fact]
    public async Task Endorsements_are_grouped_by_year_newest_first_and_filter_by_kind_of_body()
    {
        var doc = await _client.GetDocumentAsync("/endorsements");
        Assert.Equal("rtl", doc.DocumentElement.GetAttribute("dir"));
        Assert.Equal("تزكيات وإشادات", doc.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(["2026"], doc.Texts("main section h2"));
        Assert.Equal(3, doc.QuerySelectorAll(".endorsement-card").Length);
        Assert.Equal("تزكية من نقابة المعلمين بطرابلس", doc.QuerySelector(".endorsement-card h3")!.TextContent.Trim());

        var government = await _client.GetDocumentAsync("/endorsements?kind=Government");
        Assert.Equal(["إشادة من بلدية غريان بمبادرة الإنترنت المجتمعي", "تزكية من الهيئة الوطنية لتقنية المعلومات"], government.Texts(".endorsement-card h3"));
        Assert.Equal("page", government.QuerySelector("a[href='/endorsements?kind=Government']")!.GetAttribute("aria-current"));
    }

    [Fact]
    public async Task An_endorsement_post_in_the_news_stream_shows_its_partner_and_letter()
    {
        var list = await _client.GetDocumentAsync("/endorsements");
        var href = list.QuerySelector(".endorsement-card h3 a")!.GetAttribute("href")!;
        var post = await _client.GetDocumentAsync(href);
        var panel = post.QuerySelector(".endorsement-panel")!;
        Assert.Contains("نقابة المعلمين بطرابلس", panel.TextContent);
        var letter = panel.QuerySelector(".letter img")!;
        Assert.StartsWith("/media/", letter.GetAttribute("src"), StringComparison.Ordinal);
        Assert.Contains("رسالة التزكية", letter.GetAttribute("alt"));
        Assert.NotNull(panel.QuerySelector("a[download]"));
    }

    [Fact]
    public async Task Partners_page_is_a_grid_of_logos_with_names_and_each_partner_lists_its_endorsements()
    {
        var doc = await _client.GetDocumentAsync("/partners");
        var names = doc.Texts(".partner-grid .name");
        Assert.Equal(5, names.Count);
        Assert.All(doc.QuerySelectorAll(".partner-grid img"), img => Assert.Equal("", img.GetAttribute("alt")));
        var partner = await _client.GetDocumentAsync("/partners/gharyan-municipality");
        Assert.Equal("بلدية غريان", partner.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal(["إشادة من بلدية غريان بمبادرة الإنترنت المجتمعي"], partner.Texts(".endorsement-card h3"));
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/partners/no-such-partner")).StatusCode);
    }

    [Fact]
    public async Task Transparency_overview_shows_which_documents_exist_for_which_year_and_which_are_missing()
    {
        var doc = await _client.GetDocumentAsync("/transparency");
        var rows = doc.QuerySelectorAll("table.overview tbody tr");
        Assert.Equal(["2026", "2025", "2024"], rows.Select(r => r.QuerySelector("th")!.TextContent.Trim()));
        // 2025: annual report, audited statements and board announcement present; budget, funding and registration missing.
        var y2025 = rows[1].QuerySelectorAll("td").Select(td => td.ClassName).ToList();
        Assert.Equal(["present", "present", "missing", "missing", "present", "missing"], y2025);
        var year = await _client.GetDocumentAsync("/transparency/2025");
        Assert.Contains("تقرير النشاط السنوي 2025", year.QuerySelector("main")!.TextContent);
        Assert.Equal(3, year.QuerySelectorAll(".missing").Length);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/transparency/1999")).StatusCode);
    }

    [Fact]
    public async Task Statements_archive_lists_the_demo_statements_by_number_with_their_official_pages()
    {
        var doc = await _client.GetDocumentAsync("/statements");
        var links = doc.QuerySelectorAll(".statements a").Select(a => a.GetAttribute("href")).ToList();
        Assert.Equal(["/statements/2026/2", "/statements/2026/1"], links);
        Assert.Equal(["بيان رقم (2) لعام 2026: حول رسائل الاحتيال المنسوبة للمؤسسة", "بيان رقم (1) لعام 2026: بشأن حماية بيانات المتدربين"], doc.Texts(".statements a"));
        var statement = await _client.GetDocumentAsync("/statements/2026/1");
        Assert.Equal("بشأن حماية بيانات المتدربين", statement.QuerySelector("main h1")!.TextContent.Trim());
        Assert.Equal("print", statement.QuerySelector("link[href^='/css/print.css']")!.GetAttribute("media"));
        Assert.Empty(statement.QuerySelectorAll("[style]"));
    }
}
