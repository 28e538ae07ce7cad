using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.IntegrationTests.Editorial;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Faults;

/// <summary>
/// The database's write lock held by another program beyond the busy timeout: an editor's save gets a 503 that says the
/// database is busy and nothing changed, with Retry-After and the request id; readers and the admin's lists go on
/// reading; and the site takes the save again by itself once the lock is gone, without a restart.
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
        var search = "/search?q=" + Uri.EscapeDataString("المؤسسة");
        var form = await editor.GetDocumentAsync("/admin/posts/new");
        var post = new Dictionary<string, string> { ["Form.Title"] = "خبر كتب والقاعدة مقفلة", ["Form.BodyHtml"] = "<p>نص</p>" };

        using (new DatabaseLock(_factory.DataDirectory))
        {
            var save = await editor.SubmitAsync(form, "/admin/posts/new", post, "#editor-form");
            Assert.Equal(HttpStatusCode.ServiceUnavailable, save.StatusCode);
            Assert.Equal(TimeSpan.FromSeconds(30), save.Headers.RetryAfter?.Delta);
            var doc = await save.ReadDocumentAsync();
            Assert.Equal("الموقع غير متاح مؤقتًا", doc.QuerySelector("main h1")!.TextContent.Trim());
            Assert.Contains("قاعدة البيانات مشغولة أو غير متاحة الآن", doc.QuerySelector("main .error-page p")!.TextContent);
            Assert.Matches(@"^رقم الطلب: \S+$", doc.QuerySelector(".request-id")!.TextContent.Trim());

            // Reads need no write lock: readers, search and the admin's lists go on.
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync("/")).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await reader.GetAsync(search)).StatusCode);
            Assert.Equal(HttpStatusCode.OK, (await editor.GetAsync("/admin/posts")).StatusCode);
        }

        Assert.Equal(0, await _factory.WithDbAsync(db => db.Posts.CountAsync(p => p.Title == "خبر كتب والقاعدة مقفلة")));
        Assert.Equal(HttpStatusCode.Redirect, (await editor.SubmitAsync("/admin/posts/new", post, "#editor-form")).StatusCode);
        Assert.Equal(1, await _factory.WithDbAsync(db => db.Posts.CountAsync(p => p.Title == "خبر كتب والقاعدة مقفلة")));
    }
}
