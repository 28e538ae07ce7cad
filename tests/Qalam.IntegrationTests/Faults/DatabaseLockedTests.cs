using System.Net;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Faults;

/// <summary>
/// The database locked by another program beyond the busy timeout: readers and editors get a 503 that says so, with
/// Retry-After and the request id, and the site recovers by itself once the lock is gone, without a restart.
/// </summary>
public sealed class DatabaseLockedTests : IDisposable
{
    private readonly QalamFactory _factory = new(settings: new Dictionary<string, string> { ["Qalam:BusyTimeoutSeconds"] = "1" });

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_locked_database_answers_503_with_retry_after_and_recovers_when_released()
    {
        var reader = _factory.CreateBrowserlessClient();
        var editor = await _factory.SignedInClientAsync(Role.Editor);
        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);

        using (new DatabaseLock(_factory.DataDirectory))
        {
            var page = await reader.GetAsync("/search?q=" + Uri.EscapeDataString("المؤسسة"));
            Assert.Equal(HttpStatusCode.ServiceUnavailable, page.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), page.Headers.RetryAfter?.Delta);
            var doc = await page.ReadDocumentAsync();
            Assert.Equal("الموقع غير متاح مؤقتًا", doc.QuerySelector("main h1")!.TextContent.Trim());
            Assert.Contains("قاعدة البيانات مشغولة أو غير متاحة الآن", doc.QuerySelector("main .error-page p")!.TextContent);
            Assert.Matches(@"^رقم الطلب: \S+$", doc.QuerySelector(".request-id")!.TextContent.Trim());

            var admin = await editor.GetAsync("/admin/posts");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, admin.StatusCode);
            Assert.Contains("قاعدة البيانات مشغولة أو غير متاحة الآن", (await admin.ReadDocumentAsync()).QuerySelector(".error-page")!.TextContent);

            // A page read before the lock is still served from the page cache.
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
        }

        Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/search?q=" + Uri.EscapeDataString("المؤسسة"))).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/posts")).StatusCode);
    }
}
