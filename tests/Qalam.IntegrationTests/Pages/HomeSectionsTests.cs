using System.Net;
using AngleSharp.Dom;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>The home page shows the sections editors chose, in their order, each with a link to its archive.</summary>
public sealed class HomeSectionsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);

    public void Dispose() => _factory.Dispose();

    private static List<string> Sections(IDocument doc) =>
        doc.QuerySelectorAll("main section.home-section").Select(s => s.QuerySelector(".section-head h2")!.TextContent.Trim()).ToList();

    private static string? More(IDocument doc, string heading) =>
        doc.QuerySelectorAll("main section.home-section").Single(s => s.QuerySelector("h2")!.TextContent.Trim() == heading)
            .QuerySelector(".section-head a.more")?.GetAttribute("href");

    /// <summary>Changes the order as the settings screen saves it: through the settings writer, so every cached page hears of it.</summary>
    private Task ChooseAsync(string sections) => _factory.WithScopeAsync(async sp =>
    {
        var db = sp.GetRequiredService<QalamDb>();
        var settings = await db.Settings.FirstAsync(s => s.Id == 1);
        settings.HomeSections = sections;
        await sp.GetRequiredService<SettingsWriter>().SaveAsync(settings, settings.Version, nameof(SiteSettings.HomeSections));
    });

    [Fact]
    public async Task The_demo_home_shows_every_section_in_the_default_order_each_with_its_archive()
    {
        var home = await _factory.CreateClient().GetDocumentAsync("/");
        Assert.Equal(["بيان رسمي", "آخر الأخبار", "تزكيات وإشادات", "شركاء النجاح", "الشفافية"], Sections(home));
        Assert.Equal("/statements", More(home, "بيان رسمي"));
        Assert.Equal("/?page=2", More(home, "آخر الأخبار"));
        Assert.Equal("/endorsements", More(home, "تزكيات وإشادات"));
        Assert.Equal("/partners", More(home, "شركاء النجاح"));
        Assert.Equal("/transparency", More(home, "الشفافية"));

        // The latest statement as a banner: its number first, its title linking to its permanent address.
        var banner = home.QuerySelector(".statement-banner")!;
        Assert.Equal("بيان رقم (2) لعام 2026", banner.QuerySelector(".banner-number")!.TextContent.Trim());
        Assert.Equal("حول رسائل الاحتيال المنسوبة للمؤسسة", banner.QuerySelector("h3 a")!.TextContent.Trim());
        Assert.Equal("/statements/2026/2", banner.QuerySelector("h3 a")!.GetAttribute("href"));
        // Three endorsements, newest first; every partner in the logo strip, named.
        Assert.Equal(3, home.QuerySelectorAll(".home-endorsements .quote-card").Length);
        Assert.Equal(5, home.QuerySelectorAll(".logo-strip li a[href^='/partners/']").Length);
        Assert.Contains("بلدية غريان", home.Texts(".logo-strip a"));
        Assert.Equal(4, home.QuerySelectorAll(".home-transparency .document-list a[href^='/media/']").Length);
    }

    [Fact]
    public async Task Editors_reorder_the_sections_and_a_section_left_out_disappears()
    {
        var client = _factory.CreateClient();
        Assert.Equal(5, Sections(await client.GetDocumentAsync("/")).Count);

        await ChooseAsync("partners,news,statement");

        var home = await client.GetDocumentAsync("/");
        Assert.Equal(["شركاء النجاح", "آخر الأخبار", "بيان رسمي"], Sections(home));
        Assert.Null(home.QuerySelector(".quote-cards"));
        Assert.Null(home.QuerySelector(".home-transparency"));
        Assert.DoesNotContain(home.QuerySelectorAll("a.more"), a => a.GetAttribute("href") == "/endorsements");
    }

    [Fact]
    public async Task A_home_without_the_news_section_still_pages_through_the_latest_posts()
    {
        await ChooseAsync("statement,partners");
        var client = _factory.CreateClient();
        var home = await client.GetDocumentAsync("/");
        Assert.Equal(["بيان رسمي", "شركاء النجاح"], Sections(home));
        Assert.Null(home.QuerySelector(".post-list"));

        var second = await client.GetAsync("/?page=2");
        Assert.Equal(HttpStatusCode.OK, second.StatusCode);
        var page = await second.ReadDocumentAsync();
        Assert.Equal("آخر المقالات – الصفحة 2", page.QuerySelector("main h1")!.TextContent.Trim());
        // The 15 Arabic posts of the stream (the English ones are at /en/): 5 on page 2.
        Assert.Equal(5, page.QuerySelectorAll(".post-list > li").Length);
        Assert.Empty(page.QuerySelectorAll("section.home-section"));
    }

    [Fact]
    public async Task A_home_with_no_section_chosen_shows_the_latest_posts()
    {
        await ChooseAsync("");
        var home = await _factory.CreateClient().GetDocumentAsync("/");
        Assert.Equal(["آخر الأخبار"], Sections(home));
        Assert.Equal(10, home.QuerySelectorAll(".post-list > li").Length);
    }
}
