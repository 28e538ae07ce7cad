using System.Net;
using System.Text.Json.Nodes;

namespace Qalam.IntegrationTests.Api;

/// <summary>
/// A tool written for the old WordPress site reads the moved site: the same ids, WordPress's shapes and paging, and
/// nothing that was not public there (a draft and a private post) or here.
/// </summary>
public sealed class WordPressRoutesTests(WordPressSite site) : IClassFixture<WordPressSite>
{
    private readonly HttpClient _client = site.Client;

    // Post 123 as WordPress 6.1 answers GET /wp/v2/posts/123 in the "view" context (developer.wordpress.org's REST reference,
    // "Posts" schema), for this site: its zone is Africa/Tripoli (+02:00), so `date` is two hours after `date_gmt`,
    // both without an offset as WordPress writes them. Comments are not open on imported posts, and Qalam has no pings.
    // Left out, because Qalam has no such routes: the "replies", "version-history" and "wp:attachment" links.
    private const string ExpectedPost = """
        {
          "id": 123,
          "date": "2026-01-24T10:00:00",
          "date_gmt": "2026-01-24T08:00:00",
          "guid": { "rendered": "https://old.example.ly/?p=123" },
          "modified": "2026-01-24T10:00:00",
          "modified_gmt": "2026-01-24T08:00:00",
          "slug": "news-from-tripoli",
          "status": "publish",
          "type": "post",
          "link": "http://localhost/news-from-tripoli",
          "title": { "rendered": "خبر من طرابلس" },
          "content": { "rendered": "<p>افتتحت المؤسسة مقرها في طرابلس.</p>\n", "protected": false },
          "excerpt": { "rendered": "<p>افتتحت المؤسسة مقرها في طرابلس.</p>\n", "protected": false },
          "author": 2,
          "featured_media": 42,
          "comment_status": "closed",
          "ping_status": "closed",
          "sticky": false,
          "template": "",
          "format": "standard",
          "meta": [],
          "categories": [7],
          "tags": [9],
          "_links": {
            "self": [{ "href": "http://localhost/wp-json/wp/v2/posts/123" }],
            "collection": [{ "href": "http://localhost/wp-json/wp/v2/posts" }],
            "about": [{ "href": "http://localhost/wp-json/wp/v2/types/post" }],
            "author": [{ "embeddable": true, "href": "http://localhost/wp-json/wp/v2/users/2" }],
            "wp:featuredmedia": [{ "embeddable": true, "href": "http://localhost/wp-json/wp/v2/media/42" }],
            "wp:term": [
              { "taxonomy": "category", "embeddable": true, "href": "http://localhost/wp-json/wp/v2/categories?post=123" },
              { "taxonomy": "post_tag", "embeddable": true, "href": "http://localhost/wp-json/wp/v2/tags?post=123" }
            ],
            "curies": [{ "name": "wp", "href": "https://api.w.org/{rel}", "templated": true }]
          }
        }
        """;

    private static readonly HashSet<string> PostFields =
    [
        "id", "date", "date_gmt", "guid", "modified", "modified_gmt", "slug", "status", "type", "link", "title", "content", "excerpt", "author",
        "featured_media", "comment_status", "ping_status", "sticky", "template", "format", "meta", "categories", "tags", "_links", "_embedded",
    ];

    /// <summary>Every field of <paramref name="expected"/>, at every depth, has the same value in <paramref name="actual"/>.</summary>
    private static void AssertFields(JsonNode expected, JsonNode? actual, string path)
    {
        if (expected is JsonObject o)
        {
            Assert.True(actual is JsonObject, $"{path} should be an object");
            foreach (var (name, value) in o) AssertFields(value!, actual![name], $"{path}.{name}");
        }
        else if (expected is JsonArray a)
        {
            Assert.True(actual is JsonArray b && b.Count == a.Count, $"{path} should have {a.Count} items: {actual?.ToJsonString()}");
            for (var i = 0; i < a.Count; i++) AssertFields(a[i]!, actual![i], $"{path}[{i}]");
        }
        else
        {
            Assert.True(JsonNode.DeepEquals(expected, actual), $"{path}: expected {expected.ToJsonString()}, got {actual?.ToJsonString() ?? "nothing"}");
        }
    }

    [Fact]
    public async Task An_imported_post_has_wordpress_shape_and_ids_field_by_field()
    {
        var post = await _client.JsonAsync("/wp-json/wp/v2/posts/123");

        AssertFields(JsonNode.Parse(ExpectedPost)!, post, "post");
        Assert.All(post.AsObject(), f => Assert.Contains(f.Key, PostFields));
        Assert.Equal(post.ToJsonString(), (await _client.JsonAsync("/wp-json/wp/v2/posts"))[0]!.ToJsonString());
    }

    [Fact]
    public async Task Embed_brings_the_author_the_featured_image_and_the_terms()
    {
        var embedded = (await _client.JsonAsync("/wp-json/wp/v2/posts?_embed"))[0]!["_embedded"]!;

        AssertFields(JsonNode.Parse("""{ "id": 2, "name": "Alaa Elsagier", "slug": "alaa", "link": "http://localhost/author/alaa", "url": "", "description": "" }""")!,
            embedded["author"]![0], "author");
        Assert.Null(embedded["author"]![0]!["email"]);
        var media = embedded["wp:featuredmedia"]![0]!;
        AssertFields(JsonNode.Parse("""{ "id": 42, "type": "attachment", "status": "inherit", "alt_text": "افتتاح المقر", "media_type": "image", "mime_type": "image/png" }""")!,
            media, "media");
        Assert.StartsWith("http://localhost/media/", (string)media["source_url"]!);
        Assert.Equal(HttpStatusCode.OK, (await _client.GetAsync(new Uri((string)media["source_url"]!).PathAndQuery)).StatusCode);
        Assert.Equal(7, (int)embedded["wp:term"]![0]![0]!["id"]!);
        Assert.Equal("post_tag", (string)embedded["wp:term"]![1]![0]!["taxonomy"]!);
        Assert.Equal(9, (int)embedded["wp:term"]![1]![0]!["id"]!);
    }

    [Fact]
    public async Task Terms_users_media_and_pages_answer_by_their_wordpress_ids()
    {
        AssertFields(JsonNode.Parse("""{ "id": 7, "count": 1, "name": "طرابلس", "slug": "tripoli", "taxonomy": "category", "parent": 0, "link": "http://localhost/category/tripoli" }""")!,
            await _client.JsonAsync("/wp-json/wp/v2/categories/7"), "category");
        AssertFields(JsonNode.Parse("""{ "id": 9, "count": 1, "name": "مياه", "slug": "water", "taxonomy": "post_tag", "link": "http://localhost/tag/water" }""")!,
            await _client.JsonAsync("/wp-json/wp/v2/tags/9"), "tag");
        Assert.Equal(9, (int)(await _client.JsonAsync("/wp-json/wp/v2/tags"))[0]!["id"]!);
        Assert.Equal("alaa", (string)(await _client.JsonAsync("/wp-json/wp/v2/users/2"))["slug"]!);
        Assert.Equal(42, (int)(await _client.JsonAsync("/wp-json/wp/v2/media/42"))["id"]!);
        var page = await _client.JsonAsync("/wp-json/wp/v2/pages/130");
        Assert.Equal("page", (string)page["type"]!);
        Assert.Null(page["categories"]);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/wp-json/wp/v2/posts/130")).StatusCode);
    }

    [Theory]
    [InlineData("/wp-json/wp/v2/posts?categories=7", 1)]
    [InlineData("/wp-json/wp/v2/posts?categories=8", 0)]
    [InlineData("/wp-json/wp/v2/posts?tags=9", 1)]
    [InlineData("/wp-json/wp/v2/posts?author=2", 1)]
    [InlineData("/wp-json/wp/v2/posts?author=3", 0)]
    [InlineData("/wp-json/wp/v2/posts?slug=news-from-tripoli", 1)]
    [InlineData("/wp-json/wp/v2/posts?slug=secret-draft", 0)]
    [InlineData("/wp-json/wp/v2/posts?include=123,124,125", 1)]
    [InlineData("/wp-json/wp/v2/posts?search=%D8%B7%D8%B1%D8%A7%D8%A8%D9%84%D8%B3", 1)]
    [InlineData("/wp-json/wp/v2/posts?search=%D8%B3%D8%B1%D9%8A%D8%A9", 0)]
    [InlineData("/wp-json/wp/v2/pages?slug=about", 1)]
    public async Task Filters_answer_with_wordpress_totals(string url, int total)
    {
        var response = await _client.GetAsync(url);
        var items = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsArray();

        Assert.Equal(total, items.Count);
        Assert.Equal(total.ToString(), response.Headers.GetValues("X-WP-Total").Single());
        Assert.Equal(total == 0 ? "0" : "1", response.Headers.GetValues("X-WP-TotalPages").Single());
    }

    [Theory]
    [InlineData("/wp-json/wp/v2/posts/124")]
    [InlineData("/wp-json/wp/v2/posts/125")]
    [InlineData("/wp-json/wp/v2/pages/124")]
    [InlineData("/api/v1/posts/slug/secret-draft")]
    [InlineData("/api/v1/posts/slug/private-note")]
    public async Task A_draft_and_a_private_post_from_wordpress_are_never_read(string url) =>
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync(url)).StatusCode);

    [Fact]
    public async Task Lists_and_embeds_never_show_the_draft_or_the_private_post()
    {
        foreach (var url in new[] { "/wp-json/wp/v2/posts?_embed&per_page=100", "/wp-json/wp/v2/pages?_embed", "/wp-json/wp/v2/categories", "/wp-json/wp/v2/tags",
                     "/wp-json/wp/v2/users", "/wp-json/wp/v2/media", "/wp-json/wp/v2/posts?search=%D8%B3%D8%B1%D9%8A%D8%A9" })
        {
            var body = await _client.GetStringAsync(url);
            Assert.DoesNotContain("سرية", body);
            Assert.DoesNotContain("secret-draft", body);
            Assert.DoesNotContain("private-note", body);
        }
        // The category holds the published post and the private one: only the published one counts.
        Assert.Equal(1, (int)(await _client.JsonAsync("/wp-json/wp/v2/categories/7"))["count"]!);
    }

    [Theory]
    [InlineData("POST", "/wp-json/wp/v2/posts")]
    [InlineData("PUT", "/wp-json/wp/v2/posts/123")]
    [InlineData("PATCH", "/wp-json/wp/v2/posts/123")]
    [InlineData("DELETE", "/wp-json/wp/v2/posts/123")]
    [InlineData("POST", "/wp-json/wp/v2/media")]
    public async Task Writes_answer_405_with_the_way_to_the_admin_api(string method, string url)
    {
        using var request = new HttpRequestMessage(new HttpMethod(method), url) { Content = new StringContent("""{"title":"x"}""", System.Text.Encoding.UTF8, "application/json") };
        request.Headers.Add("Accept-Language", "en");
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Contains("/api/v1/admin/", (string)JsonNode.Parse(await response.Content.ReadAsStringAsync())!["detail"]!);
        Assert.Equal("GET, HEAD", string.Join(", ", response.Content.Headers.Allow));
    }

    [Fact]
    public async Task Paging_follows_wordpress_and_refuses_more_than_100_a_page()
    {
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/wp-json/wp/v2/posts?per_page=101")).StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, (await _client.GetAsync("/wp-json/wp/v2/posts?page=5")).StatusCode);
        var index = await _client.JsonAsync("/wp-json/");
        Assert.Contains("wp/v2", index["namespaces"]!.AsArray().Select(n => (string)n!));
        Assert.NotNull(index["routes"]!["/wp/v2/posts"]);
        Assert.Equal("Africa/Tripoli", (string)index["timezone_string"]!);
    }
}
