using System.Net;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Pages;

/// <summary>Drafts, pending, private and not-yet-due posts never show on any page, feed, sitemap or count; a due one shows without a restart.</summary>
public sealed class StatusVisibilityTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: true);
    private readonly HttpClient _client;

    public StatusVisibilityTests() => _client = _factory.CreateBrowserlessClient();

    public void Dispose() => _factory.Dispose();

    private static readonly string[] PublicPaths =
    [
        "/", "/?page=2", "/author/khaled", "/category/news", Urls.Tag("سري"), "/2026/11/",
        "/feed", "/feed/atom", "/author/khaled/feed", "/author/khaled/feed/atom", "/category/news/feed", "/category/news/feed/atom",
        Urls.Tag("سري") + "/feed", Urls.Tag("سري") + "/feed/atom", "/sitemap.xml",
    ];

    private async Task<string> EverythingPublicAsync()
    {
        var all = new List<string>();
        foreach (var path in PublicPaths)
        {
            var response = await _client.GetAsync(path);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{path} answered {(int)response.StatusCode}");
            all.Add(await response.Content.ReadAsStringAsync());
        }
        return string.Join("\n", all);
    }

    [Fact]
    public async Task Draft_pending_private_and_future_posts_appear_nowhere_and_are_not_counted()
    {
        // One public post carries the tag, so the tag page and feeds exist; the hidden ones share it.
        await _factory.AddPostAsync(new NewPost("مقال منشور موسوم", "<p>نص عام.</p>") { AuthorSlug = "khaled", Tags = ["سري"], PublishedUtc = _factory.Clock.GetUtcNow().AddHours(-1) });
        var hidden = new List<string>();
        foreach (var (status, when, marker) in new (PostStatus, DateTimeOffset?, string)[]
                 {
                     (PostStatus.Draft, null, "مسودةمخفية"),
                     (PostStatus.PendingReview, null, "مراجعةمخفية"),
                     (PostStatus.Private, _factory.Clock.GetUtcNow().AddHours(-2), "خاصمخفي"),
                     (PostStatus.Scheduled, _factory.Clock.GetUtcNow().AddDays(2), "مجدولمخفي"),
                     (PostStatus.Trash, _factory.Clock.GetUtcNow().AddHours(-3), "محذوفمخفي"),
                 })
        {
            var (_, slug) = await _factory.AddPostAsync(new NewPost($"عنوان {marker}", $"<p>{marker}</p>") { Status = status, PublishedUtc = when, AuthorSlug = "khaled", Tags = ["سري"] });
            hidden.Add(slug);
            Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(Urls.Post(slug))).StatusCode);
        }

        var everything = await EverythingPublicAsync();
        foreach (var marker in new[] { "مسودةمخفية", "مراجعةمخفية", "خاصمخفي", "مجدولمخفي", "محذوفمخفي" }) Assert.DoesNotContain(marker, everything);
        foreach (var slug in hidden) Assert.DoesNotContain(Slug.Encode(slug), everything);

        var tagPage = await _client.GetDocumentAsync(Urls.Tag("سري"));
        Assert.Single(tagPage.QuerySelectorAll(".post-list > li"));
        Assert.Null(tagPage.QuerySelector("nav.pager"));
    }

    [Fact]
    public async Task A_scheduled_post_appears_everywhere_once_its_time_passes_without_a_restart()
    {
        var due = _factory.Clock.GetUtcNow().AddHours(5);
        var (_, slug) = await _factory.AddPostAsync(new NewPost("إعلان يصدر لاحقًا", "<p>#موعد_الإطلاق</p>") { PublishedUtc = due, AuthorSlug = "khaled" });
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(Urls.Post(slug))).StatusCode);
        Assert.DoesNotContain("إعلان يصدر لاحقًا", (await _client.GetDocumentAsync("/")).Texts(".post-list h3"));

        _factory.Clock.Advance(TimeSpan.FromHours(5) + TimeSpan.FromMinutes(1));

        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(Urls.Post(slug))).StatusCode);
        Assert.Equal("إعلان يصدر لاحقًا", (await _client.GetDocumentAsync("/")).Texts(".post-list h3")[0]);
        Assert.Equal("إعلان يصدر لاحقًا", (await _client.GetDocumentAsync("/author/khaled")).Texts(".post-list h2")[0]);
        Assert.Contains("إعلان يصدر لاحقًا", await _client.GetStringAsync("/feed"));
        Assert.Contains(Slug.Encode(slug), await _client.GetStringAsync("/sitemap.xml"));
        Assert.Contains("إعلان يصدر لاحقًا", (await _client.GetDocumentAsync(Urls.Tag("موعد-الإطلاق"))).Texts(".post-list h2"));
    }
}
