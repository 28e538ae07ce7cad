using System.Net;
using System.Xml.Linq;
using Qalam.Content;
using Microsoft.EntityFrameworkCore;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Organisation;

/// <summary>A numbered statement has one address, /statements/{year}/{n}: its slug moves there and every link goes there.</summary>
public sealed class StatementAddressTests(DemoSite site) : IClassFixture<DemoSite>
{
    private const string Root = "http://localhost";
    private readonly HttpClient _client = site.Factory.CreateBrowserlessClient();

    [Fact]
    public async Task The_slug_of_a_numbered_statement_moves_permanently_to_its_official_address()
    {
        var response = await _client.GetAsync(Urls.Post("بشأن-حماية-بيانات-المتدربين"));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/statements/2026/1", response.Headers.Location!.OriginalString);
        var official = await _client.GetDocumentAsync("/statements/2026/1");
        Assert.Equal(Root + "/statements/2026/1", official.QuerySelector("link[rel=canonical]")!.GetAttribute("href"));
        // A news post keeps its slug.
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(Urls.Post("إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها"))).StatusCode);
    }

    [Fact]
    public async Task An_old_address_of_a_statement_moves_straight_to_its_official_address()
    {
        using var factory = new QalamFactory(demo: false);
        var id = await factory.DraftStatementAsync("بشأن التسريب");
        await factory.PublishStatementAsync(id);
        var old = await factory.WithDbAsync(db => db.Posts.Where(p => p.Id == id).Select(p => p.Slug).SingleAsync());
        await factory.RenameAsync(id, "leak-statement");

        var response = await factory.CreateBrowserlessClient().GetAsync(Urls.Post(old));
        Assert.Equal(HttpStatusCode.MovedPermanently, response.StatusCode);
        Assert.Equal("/statements/2026/1", response.Headers.Location!.OriginalString);
    }

    [Fact]
    public async Task Feeds_link_statements_at_their_official_addresses()
    {
        var rss = XDocument.Parse(await _client.GetStringAsync("/feed"));
        var item = rss.Descendants("item").Single(i => i.Element("title")!.Value == "بيان رقم (2) لعام 2026: حول رسائل الاحتيال المنسوبة للمؤسسة");
        Assert.Equal(Root + "/statements/2026/2", item.Element("link")!.Value);
        Assert.Equal(Root + "/statements/2026/2", item.Element("guid")!.Value);

        XNamespace atom = "http://www.w3.org/2005/Atom";
        var feed = XDocument.Parse(await _client.GetStringAsync("/feed/atom"));
        var entry = feed.Descendants(atom + "entry").Single(e => e.Element(atom + "title")!.Value == "بيان رقم (1) لعام 2026: بشأن حماية بيانات المتدربين");
        Assert.Equal(Root + "/statements/2026/1", entry.Element(atom + "id")!.Value);
        Assert.Equal(Root + "/statements/2026/1", entry.Element(atom + "link")!.Attribute("href")!.Value);
    }

    [Fact]
    public async Task The_sitemap_lists_each_statement_once_at_its_official_address()
    {
        XNamespace sm = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var locs = XDocument.Parse(await _client.GetStringAsync("/sitemap.xml")).Descendants(sm + "loc").Select(l => l.Value).ToList();
        Assert.Contains(Root + "/statements/2026/1", locs);
        Assert.Contains(Root + "/statements/2026/2", locs);
        Assert.DoesNotContain(Root + Urls.Post("بشأن-حماية-بيانات-المتدربين"), locs);
        Assert.DoesNotContain(Root + Urls.Post("حول-رسائل-الاحتيال-المنسوبة-للمؤسسة"), locs);
    }
}
