using System.Net;
using System.Text.Json.Nodes;

namespace Qalam.IntegrationTests.Api;

/// <summary>The public API read by an app that knows nothing of the site but its address.</summary>
public sealed class PublicApiTests(ApiSite site) : IClassFixture<ApiSite>
{
    private readonly HttpClient _client = site.Client;

    private static List<string> Slugs(JsonNode page) => page["items"]!.AsArray().Select(i => (string)i!["slug"]!).ToList();

    [Fact]
    public async Task Posts_are_paged_by_number_with_link_headers_and_a_total()
    {
        var response = await _client.GetAsync("/api/v1/posts?perPage=5&page=2");
        var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        var total = int.Parse(response.Headers.GetValues("X-Total-Count").Single());

        Assert.Equal(5, page["items"]!.AsArray().Count);
        Assert.Equal(total, (int)page["total"]!);
        Assert.Equal((total + 4) / 5, (int)page["totalPages"]!);
        var link = response.Headers.GetValues("Link").Single();
        Assert.Contains("<http://localhost/api/v1/posts?perPage=5&page=1>; rel=\"prev\"", link);
        Assert.Contains("<http://localhost/api/v1/posts?perPage=5&page=3>; rel=\"next\"", link);
        Assert.Contains($"<http://localhost/api/v1/posts?perPage=5&page={(total + 4) / 5}>; rel=\"last\"", link);
        Assert.Equal("http://localhost/api/v1/posts?perPage=5&page=3", (string)page["next"]!);
    }

    [Theory]
    [InlineData(1000)]
    [InlineData(int.MaxValue)]
    public async Task A_page_past_the_end_is_empty(int page) =>
        Assert.Empty((await _client.JsonAsync($"/api/v1/posts?page={page}"))["items"]!.AsArray());

    [Fact]
    public async Task Following_the_cursor_gives_every_post_once_in_the_same_order_as_the_pages()
    {
        var all = Slugs(await _client.JsonAsync("/api/v1/posts?perPage=100"));
        var walked = new List<string>();
        string? next = "/api/v1/posts?perPage=4&cursor=";
        while (next is not null)
        {
            var response = await _client.GetAsync(next);
            var page = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
            walked.AddRange(Slugs(page));
            next = (string?)page["next"];
            if (next is not null) Assert.Contains($"<{next}>; rel=\"next\"", response.Headers.GetValues("Link").Single());
        }
        Assert.True(all.Count > 8);
        Assert.Equal(all, walked);
    }

    [Fact]
    public async Task Filters_narrow_the_list_and_combine()
    {
        var khaled = (await _client.JsonAsync("/api/v1/posts?author=khaled&perPage=100"))["items"]!.AsArray();
        Assert.NotEmpty(khaled);
        Assert.All(khaled, p => Assert.Equal("khaled", (string)p!["author"]!["slug"]!));

        var english = (await _client.JsonAsync("/api/v1/posts?language=en&perPage=100"))["items"]!.AsArray();
        Assert.NotEmpty(english);
        Assert.All(english, p => Assert.Equal("en", (string)p!["language"]!));
        // At its language's address, not the default's that answers 301.
        Assert.All(english, p => Assert.StartsWith("http://localhost/en/", (string)p!["url"]!));

        var statements = (await _client.JsonAsync("/api/v1/posts?kind=statement"))["items"]!.AsArray();
        Assert.NotEmpty(statements);
        Assert.All(statements, p => Assert.StartsWith("بيان رقم (", (string)p!["displayTitle"]!));
        Assert.All(statements, p => Assert.Matches(@"^http://localhost/statements/\d{4}/\d+$", (string)p!["url"]!));

        var events = (await _client.JsonAsync("/api/v1/posts?category=events&perPage=100"))["items"]!.AsArray();
        Assert.All(events, p => Assert.Contains(p!["categories"]!.AsArray(), c => (string)c!["slug"]! == "events"));

        var training = (await _client.JsonAsync("/api/v1/posts?tag=" + Uri.EscapeDataString("التدريب") + "&perPage=100"))["items"]!.AsArray();
        Assert.NotEmpty(training);
        Assert.All(training, p => Assert.Contains(p!["tags"]!.AsArray(), t => (string)t!["slug"]! == "التدريب"));

        var november = (await _client.JsonAsync("/api/v1/posts?month=2026-11&perPage=100"))["items"]!.AsArray();
        Assert.NotEmpty(november);
        Assert.All(november, p => Assert.StartsWith("2026-11", (string)p!["published"]!["local"]!));
        Assert.Empty((await _client.JsonAsync("/api/v1/posts?month=1999-01"))["items"]!.AsArray());
        Assert.Empty((await _client.JsonAsync("/api/v1/posts?author=nobody"))["items"]!.AsArray());
    }

    [Fact]
    public async Task A_post_by_id_and_by_slug_has_its_html_with_absolute_links_and_both_times()
    {
        var first = (await _client.JsonAsync("/api/v1/posts?perPage=1"))["items"]![0]!;
        var byId = await _client.JsonAsync($"/api/v1/posts/{(int)first["id"]!}");
        var bySlug = await _client.JsonAsync("/api/v1/posts/slug/" + Uri.EscapeDataString((string)first["slug"]!));

        Assert.Equal(byId.ToJsonString(), bySlug.ToJsonString());
        Assert.Equal((string)first["title"]!, (string)byId["title"]!);
        Assert.StartsWith("<", (string)byId["html"]!);
        Assert.DoesNotContain("src=\"/", (string)byId["html"]!);
        Assert.DoesNotContain("href=\"/", (string)byId["html"]!);
        Assert.DoesNotContain("<", (string)byId["excerpt"]!);
        Assert.EndsWith("Z", byId["published"]!["utc"]!.ToJsonString().Trim('"'));
        Assert.EndsWith("+02:00", (string)byId["published"]!["local"]!);
        Assert.StartsWith("http://localhost/", (string)byId["url"]!);
    }

    [Fact]
    public async Task A_statement_is_read_by_year_and_number_with_its_display_title()
    {
        var listed = (await _client.JsonAsync("/api/v1/statements")).AsArray();
        var first = listed[^1]!;
        var statement = await _client.JsonAsync($"/api/v1/statements/{(int)first["year"]!}/{(int)first["number"]!}");

        Assert.Equal($"بيان رقم ({(int)first["number"]!}) لعام {(int)first["year"]!}: {(string)first["title"]!}", (string)statement["displayTitle"]!);
        Assert.EndsWith(".pdf", (string)statement["pdfUrl"]!);
        Assert.Equal(HttpStatusCode.NotFound, (await _client.GetAsync("/api/v1/statements/1990/1")).StatusCode);
    }

    [Fact]
    public async Task Organisation_lists_site_authors_and_terms_answer()
    {
        Assert.NotEmpty((await _client.JsonAsync("/api/v1/endorsements")).AsArray());
        Assert.NotEmpty((await _client.JsonAsync("/api/v1/partners")).AsArray());
        Assert.NotEmpty((await _client.JsonAsync("/api/v1/transparency")).AsArray());
        Assert.Contains((await _client.JsonAsync("/api/v1/authors")).AsArray(), a => (string)a!["slug"]! == "khaled");
        Assert.Equal("khaled", (string)(await _client.JsonAsync("/api/v1/authors/khaled"))["slug"]!);
        Assert.Contains((await _client.JsonAsync("/api/v1/categories")).AsArray(), c => (string)c!["slug"]! == "events" && (int)c["parentId"]! > 0);
        var site = await _client.JsonAsync("/api/v1/site");
        Assert.Equal("Africa/Tripoli", (string)site["timeZone"]!);
        Assert.Equal("+02:00", (string)site["utcOffset"]!);
    }

    [Fact]
    public async Task Search_finds_with_the_sites_analyser()
    {
        // Typed without the hamza the title has: the site's analyser folds it, so the API does too.
        var results = await _client.JsonAsync("/api/v1/search?q=" + Uri.EscapeDataString("اطلاق برنامج"));
        var first = results["items"]![0]!;
        Assert.Equal("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", (string)first["post"]!["title"]!);
        Assert.Contains("<mark>", (string)first["titleHtml"]!);
    }

    [Fact]
    public async Task Answers_carry_an_etag_and_a_repeat_with_it_gets_304()
    {
        var first = await _client.GetAsync("/api/v1/posts?perPage=3");
        var etag = first.Headers.ETag!;
        using var again = new HttpRequestMessage(HttpMethod.Get, "/api/v1/posts?perPage=3");
        again.Headers.IfNoneMatch.Add(etag);
        var second = await _client.SendAsync(again);

        Assert.Equal(HttpStatusCode.NotModified, second.StatusCode);
        Assert.Equal(etag, second.Headers.ETag);
        var other = await _client.GetAsync("/api/v1/posts?perPage=4");
        Assert.NotEqual(etag, other.Headers.ETag);
    }

    [Fact]
    public async Task Any_origin_may_read_and_only_read()
    {
        using var get = new HttpRequestMessage(HttpMethod.Get, "/api/v1/posts");
        get.Headers.Add("Origin", "https://app.example.org");
        var response = await _client.SendAsync(get);
        Assert.Equal("*", response.Headers.GetValues("Access-Control-Allow-Origin").Single());
        Assert.Contains("Link", response.Headers.GetValues("Access-Control-Expose-Headers").Single());

        using var preflight = new HttpRequestMessage(HttpMethod.Options, "/api/v1/posts");
        preflight.Headers.Add("Origin", "https://app.example.org");
        preflight.Headers.Add("Access-Control-Request-Method", "DELETE");
        var refused = await _client.SendAsync(preflight);
        Assert.False(refused.Headers.TryGetValues("Access-Control-Allow-Methods", out var methods) && methods.Single().Contains("DELETE"));
    }

    [Theory]
    [InlineData(null, "غير موجود", "لا يوجد محتوى منشور بهذا العنوان.", "ar")]
    [InlineData("en-GB,en;q=0.9", "Not found", "There is no published content at this address.", "en")]
    [InlineData("fr, en;q=0.5", "Not found", "There is no published content at this address.", "en")]
    [InlineData("ar-LY", "غير موجود", "لا يوجد محتوى منشور بهذا العنوان.", "ar")]
    public async Task A_missing_post_is_a_problem_in_the_readers_language(string? acceptLanguage, string title, string detail, string language)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, "/api/v1/posts/999999");
        if (acceptLanguage is not null) request.Headers.Add("Accept-Language", acceptLanguage);
        var response = await _client.SendAsync(request);

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal(language, response.Content.Headers.ContentLanguage.Single());
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(404, (int)problem["status"]!);
        Assert.Equal(title, (string)problem["title"]!);
        Assert.Equal(detail, (string)problem["detail"]!);
    }

    [Theory]
    [InlineData("/api/v1/posts?kind=poem", 400, "kind")]
    [InlineData("/api/v1/posts?month=2026-13", 400, "month")]
    [InlineData("/api/v1/posts?month=9999-12", 400, "month")]
    [InlineData("/api/v1/posts?perPage=500", 400, "perPage")]
    [InlineData("/api/v1/posts?cursor=xyz", 400, "cursor")]
    [InlineData("/api/v1/posts?page=abc", 400, null)]
    [InlineData("/api/v1/nothing-here", 404, "/api/docs")]
    public async Task Bad_requests_and_unknown_routes_are_problems_not_pages(string url, int status, string? mentioned)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.Add("Accept-Language", "en");
        var response = await _client.SendAsync(request);

        Assert.Equal(status, (int)response.StatusCode);
        Assert.Equal("application/problem+json", response.Content.Headers.ContentType!.MediaType);
        var problem = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(status, (int)problem["status"]!);
        if (mentioned is not null) Assert.Contains(mentioned, (string)problem["detail"]!);
    }
}
