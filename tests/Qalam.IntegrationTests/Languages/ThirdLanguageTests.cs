using System.Net;
using AngleSharp.Dom;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.IntegrationTests.Pages;

namespace Qalam.IntegrationTests.Languages;

/// <summary>
/// A language added by the setting alone (Qalam:Languages), left-to-right (French) and right-to-left (Persian): its
/// prefix answers, its pages say its lang and dir, the switcher offers it, and its posts live under its prefix.
/// </summary>
public sealed class ThirdLanguageTests
{
    private static QalamFactory Site(string languages) => new(demo: true, settings: new Dictionary<string, string> { ["Qalam:Languages"] = languages });

    private static async Task<IDocument> PageAsync(HttpClient client, string url)
    {
        var response = await client.GetAsync(url);
        Assert.True(response.StatusCode == HttpStatusCode.OK, $"{url} answered {(int)response.StatusCode}");
        return await response.ReadDocumentAsync();
    }

    [Theory]
    [InlineData("ar,en,fr", "fr", "ltr", "français")]
    [InlineData("ar,en,fa", "fa", "rtl", "فارسی")]
    public async Task A_language_added_by_the_setting_has_its_prefix_its_direction_and_its_switcher_entry(string setting, string code, string dir, string name)
    {
        using var factory = Site(setting);
        var client = factory.CreateBrowserlessClient();
        var (_, slug) = await factory.AddPostAsync(new NewPost("Une publication", "<p>Texte.</p>") { Language = code, Slug = "publication-" + code });

        var home = await PageAsync(client, $"/{code}/");
        Assert.Equal((code, dir), (home.DocumentElement.GetAttribute("lang"), home.DocumentElement.GetAttribute("dir")));
        Assert.Equal([$"/{code}/{slug}"], home.QuerySelectorAll(".post-list article.card :is(h2, h3) a").Select(a => a.GetAttribute("href")));

        var switcher = home.QuerySelectorAll("header nav.language-switcher a").ToList();
        Assert.Equal(["ar", "en", code], switcher.Select(a => a.GetAttribute("hreflang")));
        var entry = switcher[2];
        Assert.Equal((name, code, dir, "page"), (entry.TextContent.Trim(), entry.GetAttribute("lang"), entry.GetAttribute("dir"), entry.GetAttribute("aria-current")));
        Assert.Equal([("ar", "http://localhost/"), ("en", "http://localhost/en/"), (code, $"http://localhost/{code}/"), ("x-default", "http://localhost/")],
            home.QuerySelectorAll("link[rel=alternate][hreflang]").Select(l => (l.GetAttribute("hreflang"), l.GetAttribute("href"))));

        // Its post lives under its prefix, and moves there from the default address.
        var post = await PageAsync(client, $"/{code}/{slug}");
        Assert.Equal((code, dir), (post.DocumentElement.GetAttribute("lang"), post.DocumentElement.GetAttribute("dir")));
        var moved = await client.GetAsync(Urls.Post(slug));
        Assert.Equal(HttpStatusCode.MovedPermanently, moved.StatusCode);
        Assert.Equal($"/{code}/{slug}", moved.Headers.Location!.OriginalString);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync($"/{code}/category/news")).StatusCode);
    }

    [Fact]
    public async Task Without_the_setting_the_third_prefix_is_not_an_address()
    {
        using var factory = Site("ar,en");
        Assert.Equal(HttpStatusCode.NotFound, (await factory.CreateBrowserlessClient().GetAsync("/fr/category/news")).StatusCode);
    }

    [Fact]
    public async Task Dates_and_digits_follow_each_language_when_the_site_writes_its_languages_own_digits()
    {
        using var factory = Site("ar,en");
        await factory.ChangeSettingsAsync(s => s.Digits = DigitStyle.ArabicIndic);
        var client = factory.CreateBrowserlessClient();
        var english = await PageAsync(client, "/en/annual-report-2025");
        Assert.Equal("11 November 2026", english.QuerySelector("article .meta time bdi")!.TextContent.Trim());
        var arabicHome = await PageAsync(client, "/");
        var date = arabicHome.QuerySelector(".post-list .meta time bdi")!.TextContent.Trim();
        Assert.Matches("^[٠-٩]{1,2} [\u0600-\u06FF]+ [٠-٩]{4}$", date);
        var englishHome = await PageAsync(client, "/en/");
        Assert.Matches(@"^\d{1,2} [A-Z][a-z]+ \d{4}$", englishHome.QuerySelector(".post-list .meta time bdi")!.TextContent.Trim());
    }
}
