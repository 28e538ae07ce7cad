using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

public sealed class HomePageTests : IClassFixture<DemoSite>
{
    private readonly HttpClient _client;

    public HomePageTests(DemoSite site) => _client = site.Factory.CreateBrowserlessClient();

    [Fact]
    public async Task Home_is_arabic_right_to_left_with_a_skip_link_first()
    {
        var doc = await _client.GetDocumentAsync("/");
        Assert.Equal("ar", doc.DocumentElement.GetAttribute("lang"));
        Assert.Equal("rtl", doc.DocumentElement.GetAttribute("dir"));
        var firstLink = doc.Body!.QuerySelector("a")!;
        Assert.Equal("#main", firstLink.GetAttribute("href"));
        Assert.Equal("تخطَّ إلى المحتوى الرئيسي", firstLink.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("main#main"));
    }

    [Fact]
    public async Task Home_titles_statements_with_their_number_once_and_other_posts_as_written()
    {
        // The home's latest posts sit under their section's heading; the older pages list them under the page's own.
        var titles = (await _client.GetDocumentAsync("/")).Texts(".post-list h3").Concat((await _client.GetDocumentAsync("/?page=2")).Texts(".post-list h2")).ToList();
        Assert.Contains("بيان رقم (2) لعام 2026: حول رسائل الاحتيال المنسوبة للمؤسسة", titles);
        Assert.Contains("بيان رقم (1) لعام 2026: بشأن حماية بيانات المتدربين", titles);
        // The demo's statement titles do not carry a number of their own, so none is numbered twice.
        Assert.Equal(2, titles.Count(t => t.Contains("بيان رقم", StringComparison.Ordinal)));
        Assert.All(titles, t => Assert.True(t.Split("بيان رقم").Length <= 2, t));
        Assert.Contains("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", titles);
    }

    [Fact]
    public async Task Home_lists_published_posts_newest_first_and_nothing_unpublished()
    {
        var doc = await _client.GetDocumentAsync("/");
        var titles = doc.Texts(".post-list h3");
        Assert.Equal(10, titles.Count);
        Assert.Equal("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", titles[0]);
        var times = doc.QuerySelectorAll(".post-list time").Select(t => DateTimeOffset.Parse(t.GetAttribute("datetime")!, System.Globalization.CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.OrderByDescending(t => t), times);
        var all = string.Join("\n", titles) + (await _client.GetStringAsync("/?page=2"));
        Assert.DoesNotContain("مسودة", all);
        Assert.DoesNotContain("بانتظار المراجعة", all);
        Assert.DoesNotContain("إعلان مجدول", all);
        Assert.DoesNotContain("محضر خاص", all);
    }

    [Fact]
    public async Task The_site_logo_from_the_settings_heads_every_page_beside_the_name()
    {
        using var factory = new QalamFactory(demo: false);
        await factory.WithDbAsync(async db =>
        {
            var settings = await db.Settings.SingleAsync();
            settings.Name = "المؤسسة الليبية للتقنية";
            settings.LogoUrl = "/media/2026/01/logo.png";
            return await db.SaveChangesAsync();
        });
        var doc = await factory.CreateClient().GetDocumentAsync("/no-such-page");
        var home = doc.QuerySelector("header a.site-name")!;
        Assert.Equal("/media/2026/01/logo.png", home.QuerySelector("img.site-logo")!.GetAttribute("src"));
        Assert.Equal("", home.QuerySelector("img.site-logo")!.GetAttribute("alt"));
        Assert.Equal("المؤسسة الليبية للتقنية", home.TextContent.Trim());
    }

    [Fact]
    public async Task Healthz_and_readyz_answer_when_the_site_and_its_database_do()
    {
        var response = await _client.GetAsync("/healthz");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("Healthy", await response.Content.ReadAsStringAsync());
        var ready = await _client.GetAsync("/readyz");
        Assert.Equal(HttpStatusCode.OK, ready.StatusCode);
        Assert.Equal("Healthy", await ready.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Unknown_address_gets_the_arabic_404_page_in_the_site_frame()
    {
        var response = await _client.GetAsync("/no-such-post-here");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var doc = await response.ReadDocumentAsync();
        Assert.Equal("الصفحة غير موجودة", doc.QuerySelector("main h1")!.TextContent.Trim());
        Assert.NotNull(doc.QuerySelector("header.site-header nav"));
    }
}
