using System.Net;
using Microsoft.EntityFrameworkCore;

namespace Qalam.IntegrationTests.Api;

/// <summary>
/// A draft, a private post, a post scheduled for next week and a trashed one never come out of the API: not in any
/// list or filter, not in search, not by id or slug, not through WordPress's routes or their _embed.
/// </summary>
public sealed class ApiVisibilityTests(ApiSite site) : IClassFixture<ApiSite>
{
    private static readonly string Tag = Uri.EscapeDataString(ApiSite.Hidden);

    public static readonly TheoryData<string> Lists =
    [
        "/api/v1/posts?perPage=100", "/api/v1/posts?perPage=100&cursor=", "/api/v1/posts?kind=news&perPage=100", "/api/v1/posts?kind=page&perPage=100",
        "/api/v1/posts?author=salma&perPage=100", "/api/v1/posts?category=news&perPage=100", $"/api/v1/posts?tag={Tag}",
        "/api/v1/posts?language=ar&perPage=100", "/api/v1/posts?month=2026-12&perPage=100", "/api/v1/posts?month=2026-11&perPage=100",
        $"/api/v1/search?q={Tag}", "/api/v1/search?q=" + "%D9%86%D8%B5", "/api/v1/tags", "/api/v1/categories", "/api/v1/authors",
        "/api/v1/statements", "/api/v1/endorsements", "/api/v1/transparency", "/api/v1/partners",
        "/wp-json/wp/v2/posts?per_page=100&_embed", "/wp-json/wp/v2/pages?_embed", $"/wp-json/wp/v2/posts?search={Tag}", "/wp-json/wp/v2/tags?per_page=100",
        "/wp-json/wp/v2/categories?per_page=100", "/wp-json/wp/v2/users", "/wp-json/wp/v2/media?per_page=100",
    ];

    [Theory]
    [MemberData(nameof(Lists))]
    public async Task Hidden_posts_are_in_no_list(string url)
    {
        var response = await site.Client.GetAsync(url);
        var body = await response.Content.ReadAsStringAsync();
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.DoesNotContain(ApiSite.Hidden, body);
        Assert.DoesNotContain(Tag, body, StringComparison.OrdinalIgnoreCase);
        foreach (var slug in new[] { "hidden-draft", "hidden-private", "hidden-scheduled", "hidden-trash" }) Assert.DoesNotContain(slug, body);
    }

    [Fact]
    public async Task Confidential_documents_are_in_no_answer()
    {
        var titles = await site.Factory.WithDbAsync(db => db.ConfidentialDocuments.Select(d => d.Title).ToListAsync());
        Assert.NotEmpty(titles);
        foreach (var url in ((IEnumerable<object[]>)Lists).Select(row => (string)row[0]))
        {
            var body = await site.Client.GetStringAsync(url);
            foreach (var title in titles) Assert.DoesNotContain(title, body);
        }
    }

    [Fact]
    public async Task Hidden_posts_are_not_found_by_id_or_slug()
    {
        Assert.Equal(4, site.HiddenIds.Count);
        foreach (var id in site.HiddenIds)
        {
            Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/api/v1/posts/{id}")).StatusCode);
            Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/wp-json/wp/v2/posts/{id}")).StatusCode);
        }
        foreach (var slug in new[] { "hidden-draft", "hidden-private", "hidden-scheduled", "hidden-trash" })
        {
            Assert.Equal(HttpStatusCode.NotFound, (await site.Client.GetAsync($"/api/v1/posts/slug/{slug}")).StatusCode);
        }
    }
}
