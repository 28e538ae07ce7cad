using System.Net;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Observability;

/// <summary>/metrics: absent unless switched on, then only for the allowed addresses, never from the page cache.</summary>
public sealed class MetricsEndpointTests : IDisposable
{
    private const string Operator = "198.51.100.7";
    private readonly QalamFactory _off = new(demo: false);
    private readonly QalamFactory _on = new(settings: new Dictionary<string, string>
    {
        ["Qalam:Metrics:Enabled"] = "true",
        ["Qalam:Metrics:AllowedAddresses"] = "198.51.100.0/24",
    });

    public void Dispose()
    {
        _off.Dispose();
        _on.Dispose();
    }

    [Fact]
    public async Task Metrics_are_not_served_unless_enabled()
    {
        var response = await Scrape(_off.CreateBrowserlessClient(), "127.0.0.1");
        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
    }

    [Fact]
    public async Task An_allowed_address_reads_requests_cache_database_search_and_runtime_metrics_and_others_get_404()
    {
        var reader = _on.CreateBrowserlessClient();
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode); // from the page cache
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/search?q=" + Uri.EscapeDataString("المؤسسة"))).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await reader.GetAsync("/no-such-page")).StatusCode);

        var first = await Scrape(reader, Operator);
        Assert.Equal(HttpStatusCode.OK, first.StatusCode);
        Assert.Equal("no-store", first.Headers.CacheControl?.ToString());
        var text = await first.Content.ReadAsStringAsync();
        Assert.Matches(@"http_server_request_duration_seconds_bucket\{[^}]*http_response_status_code=""200""[^}]*http_route=""search""", text);
        Assert.Matches(@"http_server_request_duration_seconds_count\{[^\n]*http_response_status_code=""404""", text);
        Assert.Matches(@"qalam_page_cache_hits_total(\{[^}]*\})? [1-9]", text);
        Assert.Matches(@"qalam_search_duration_seconds_bucket\{[^}]*le=""0.25""\} [0-9]", text);
        Assert.Matches(@"qalam_db_command_duration_seconds_count\{[^}]*kind=""reader""[^}]*\} [1-9]", text);
        Assert.Matches(@"qalam_search_duration_seconds_count(\{[^}]*\})? [1-9]", text);
        Assert.Matches(@"dotnet_process_memory_working_set_bytes(\{[^}]*\})? [1-9]", text);
        Assert.Contains("dotnet_gc_collections_total", text);

        // Each scrape is collected afresh: a second search shows at once.
        var searches = Count(text, "qalam_search_duration_seconds_count");
        await reader.GetAsync("/search?q=" + Uri.EscapeDataString("بيان"));
        Assert.True(Count(await (await Scrape(reader, Operator)).Content.ReadAsStringAsync(), "qalam_search_duration_seconds_count") > searches);

        Assert.Equal(HttpStatusCode.NotFound, (await Scrape(reader, "203.0.113.9")).StatusCode);
    }

    private static Task<HttpResponseMessage> Scrape(HttpClient client, string from)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, "/metrics");
        request.Headers.Add("X-Forwarded-For", from);
        return client.SendAsync(request);
    }

    private static double Count(string text, string name) => double.Parse(
        System.Text.RegularExpressions.Regex.Match(text, $@"^{name}(\{{[^}}]*\}})? (\S+)", System.Text.RegularExpressions.RegexOptions.Multiline).Groups[2].Value,
        System.Globalization.CultureInfo.InvariantCulture);
}
