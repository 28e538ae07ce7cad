using System.Net;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Qalam.IntegrationTests.Faults;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Observability;

/// <summary>
/// The real program with JSON logs: a failed request's page shows its request id, and that id leads to the log line
/// that explains the failure. The same failure is counted on /metrics, read from the machine itself.
/// </summary>
public sealed class JsonLogTests : IDisposable
{
    private readonly QalamFactory _data = new(demo: true);

    public void Dispose() => _data.Dispose();

    [Fact]
    public async Task The_request_id_on_a_503_page_finds_its_json_log_line()
    {
        using var site = await ServedSite.StartAsync(_data.DataDirectory, new Dictionary<string, string>
        {
            ["Qalam__Logging__Json"] = "true",
            ["Qalam__BusyTimeoutSeconds"] = "1",
            ["Qalam__Metrics__Enabled"] = "true",
        });
        using var browser = site.Browser();

        string requestId;
        // Another program writing: the sign-in form's write (the failed attempt it records) waits, then gives up.
        await using (var writer = new SqliteConnection($"Data Source={Path.Combine(_data.DataDirectory, "qalam.db")};Pooling=false"))
        {
            await writer.OpenAsync();
            await using var begin = writer.CreateCommand();
            begin.CommandText = "BEGIN IMMEDIATE";
            await begin.ExecuteNonQueryAsync();

            var response = await browser.PostFormAsync("/admin/sign-in", new Dictionary<string, string> { ["Email"] = "admin@qalam.local", ["Password"] = "wrong password" });
            Assert.Equal(HttpStatusCode.ServiceUnavailable, response.StatusCode);
            var doc = await response.ReadDocumentAsync();
            requestId = doc.QuerySelector(".request-id code")!.TextContent.Trim();
            Assert.NotEmpty(requestId);
        }

        // Nullable all the way: a line not written yet must read as none found (and be waited for), not as an empty element.
        var line = await WaitForAsync(site, () => site.Lines.Select(Parse)
            .FirstOrDefault(l => l is { } e && e.GetProperty("LogLevel").GetString() == "Error" && RequestIdOf(e) == requestId && e.TryGetProperty("Exception", out _)));
        Assert.Contains("database is locked", line.GetProperty("Exception").GetString());
        Assert.Equal("/admin/sign-in", line.GetProperty("Scopes").EnumerateArray().Select(s => s.TryGetProperty("RequestPath", out var p) ? p.GetString() : null).OfType<string>().Single());

        var metrics = await (await new HttpClient().GetAsync(site.Url + "/metrics")).Content.ReadAsStringAsync();
        // Label values hold braces ("error/{code:int}"), so the labels are matched to the end of the line.
        Assert.Matches(@"(?m)^http_server_request_duration_seconds_count\{[^\n]*http_response_status_code=""503""[^\n]* 1$", metrics);
    }

    private static JsonElement? Parse(string line)
    {
        if (!line.StartsWith('{')) return null;
        using var doc = JsonDocument.Parse(line);
        return doc.RootElement.Clone();
    }

    private static string? RequestIdOf(JsonElement line) => line.TryGetProperty("Scopes", out var scopes)
        ? scopes.EnumerateArray().Select(s => s.TryGetProperty("RequestId", out var id) ? id.GetString() : null).OfType<string>().FirstOrDefault()
        : null;

    /// <summary>The console logger writes on its own thread: the line may land just after the response.</summary>
    private static async Task<JsonElement> WaitForAsync(ServedSite site, Func<JsonElement?> find)
    {
        for (var i = 0; i < 50; i++)
        {
            if (find() is { } found) return found;
            await Task.Delay(100);
        }
        throw new Xunit.Sdk.XunitException("No JSON log line with the page's request id:\n" + string.Join('\n', site.Lines.TakeLast(20)));
    }
}
