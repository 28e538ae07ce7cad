using System.Net;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;
using Qalam.Webhooks;

namespace Qalam.IntegrationTests.Api.Admin;

/// <summary>
/// Webhooks registered in the admin reach a real receiver on loopback (allowed here by Qalam:Webhooks:AllowPrivate),
/// signed with the secret shown once, and are tried again when the receiver fails.
/// </summary>
public sealed class WebhookTests(WebhookTests.Site site) : IClassFixture<WebhookTests.Site>
{
    public sealed class Site : IDisposable
    {
        public QalamFactory Factory { get; } = new(demo: false, settings: ApiSteps.Settings(("Qalam:Webhooks:AllowPrivate", "true")));
        public void Dispose() => Factory.Dispose();
    }

    private readonly QalamFactory _factory = site.Factory;

    /// <summary>Registers the receiver through the admin page (with only <paramref name="events"/>, when given) and returns the secret shown once.</summary>
    public static async Task<string> RegisterAsync(HttpClient admin, string url, params string[] events)
    {
        var page = await admin.GetDocumentAsync("/admin/webhooks");
        var fields = new List<KeyValuePair<string, string>> { new(Forms.TokenField, page.Token("#add-webhook")), new("Address", url) };
        fields.AddRange((events.Length > 0 ? events : WebhookEvents.All).Select(e => new KeyValuePair<string, string>("Events", e)));
        var response = await admin.PostAsync("/admin/webhooks?handler=Create", new FormUrlEncodedContent(fields));
        var doc = await response.ReadDocumentAsync();
        return doc.QuerySelector("#new-secret code")?.TextContent.Trim() ?? throw new InvalidOperationException(doc.Alert() ?? "No secret shown.");
    }

    [Fact]
    public async Task A_published_post_reaches_the_receiver_signed_with_the_secret()
    {
        using var receiver = new WebhookReceiver();
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        var secret = await RegisterAsync(admin, receiver.Url, WebhookEvents.Published, WebhookEvents.StatementNumbered);
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsWrite);

        var (id, _) = await api.NewPostAsync("بيان عن المياه", status: "publish", kind: "statement");

        var events = new[] { await receiver.NextAsync(), await receiver.NextAsync() };
        foreach (var received in events)
        {
            var expected = "sha256=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), Encoding.UTF8.GetBytes(received.Body)));
            Assert.Equal(expected, received.Headers["X-Qalam-Signature"]);
            using var json = JsonDocument.Parse(received.Body);
            Assert.Equal(received.Headers["X-Qalam-Event-Id"], json.RootElement.GetProperty("id").GetString());
            Assert.Equal(received.Headers["X-Qalam-Timestamp"], json.RootElement.GetProperty("timestamp").GetInt64().ToString(System.Globalization.CultureInfo.InvariantCulture));
            Assert.Equal(id, json.RootElement.GetProperty("post").GetProperty("id").GetInt32());
        }
        var types = events.Select(e => JsonDocument.Parse(e.Body).RootElement.GetProperty("type").GetString()).Order().ToList();
        Assert.Equal(["post.published", "statement.numbered"], types);
        var numbered = JsonDocument.Parse(events.Single(e => e.Body.Contains("statement.numbered")).Body).RootElement.GetProperty("statement");
        Assert.Equal(1, numbered.GetProperty("number").GetInt32());
    }

    [Fact]
    public async Task A_failed_delivery_is_tried_again_later_and_the_log_shows_both_attempts()
    {
        using var receiver = new WebhookReceiver();
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await RegisterAsync(admin, receiver.Url, WebhookEvents.Unpublished);
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsWrite);
        var (id, _) = await api.NewPostAsync("خبر يُسحب", status: "publish");
        receiver.AnswerNext(500);

        await api.PostAsJsonAsync($"/api/v1/admin/posts/{id}/status", new { status = "unpublish" });
        var first = await receiver.NextAsync();
        var pending = await WaitForAsync(admin, first.Headers["X-Qalam-Event-Id"], "500");
        Assert.Equal("1", pending.QuerySelector(".attempts")!.TextContent.Trim());

        // The sender waits on the app's clock; moving it on in steps also wakes a wait that began after a step.
        WebhookReceiver.Received? second = null;
        for (var i = 0; i < 100 && second is null; i++)
        {
            _factory.Clock.Advance(WebhookSender.FirstRetry);
            try { second = await receiver.NextAsync(TimeSpan.FromMilliseconds(200)); }
            catch (OperationCanceledException) { }
        }
        Assert.NotNull(second);

        Assert.Equal(first.Body, second.Body);
        Assert.Equal(first.Headers["X-Qalam-Signature"], second.Headers["X-Qalam-Signature"]);
        var delivered = await WaitForAsync(admin, first.Headers["X-Qalam-Event-Id"], "200");
        Assert.Equal("2", delivered.QuerySelector(".attempts")!.TextContent.Trim());
        Assert.Equal(DeliveryState.Delivered, await _factory.WithDbAsync(db => db.WebhookDeliveries.Where(d => d.EventId == first.Headers["X-Qalam-Event-Id"]).Select(d => d.State).SingleAsync()));
    }

    [Fact]
    public async Task An_edit_to_a_public_post_sends_post_updated_with_the_new_text()
    {
        using var receiver = new WebhookReceiver();
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await RegisterAsync(admin, receiver.Url, WebhookEvents.Updated);
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsWrite);
        var (draft, draftVersion) = await api.NewPostAsync("مسودة تتغير");
        Assert.Equal(HttpStatusCode.OK, (await api.PatchJsonAsync($"/api/v1/admin/posts/{draft}", new { title = "مسودة تغيّرت", version = draftVersion })).StatusCode);
        var (id, version) = await api.NewPostAsync("خبر فيه خطأ", status: "publish");

        var edit = await api.PatchJsonAsync($"/api/v1/admin/posts/{id}", new { title = "خبر صُحّح", version });

        Assert.Equal(HttpStatusCode.OK, edit.StatusCode);
        var received = await receiver.NextAsync();
        using var json = JsonDocument.Parse(received.Body);
        Assert.Equal(WebhookEvents.Updated, json.RootElement.GetProperty("type").GetString());
        var post = json.RootElement.GetProperty("post");
        Assert.Equal((id, "خبر صُحّح", "published"), (post.GetProperty("id").GetInt32(), post.GetProperty("title").GetString(), post.GetProperty("status").GetString()));
        Assert.Equal((await edit.JsonAsync()).GetProperty("version").GetInt32(), post.GetProperty("version").GetInt32());
        // Neither the draft's edit nor the publication (not asked for) was sent.
        Assert.False(receiver.TryTake(out _));
    }

    [Fact]
    public async Task A_draft_saved_by_a_script_sends_nothing()
    {
        using var receiver = new WebhookReceiver();
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await RegisterAsync(admin, receiver.Url);
        var (_, api, _) = await _factory.PersonWithTokenAsync(Role.Editor, TokenScopes.PostsWrite);

        await api.NewPostAsync("مسودة");
        var (id, _) = await api.NewPostAsync("منشور", status: "publish");

        var received = await receiver.NextAsync();
        Assert.Contains($"\"id\":{id},", received.Body);
        Assert.False(receiver.TryTake(out _));
    }

    /// <summary>The delivery log row of an event once its last answer is <paramref name="answer"/> (the sender writes it just after the receiver answers).</summary>
    private static async Task<AngleSharp.Dom.IElement> WaitForAsync(HttpClient admin, string eventId, string answer)
    {
        for (var i = 0; ; i++)
        {
            var row = (await admin.GetDocumentAsync("/admin/webhooks")).QuerySelector($"#deliveries tr[data-event='{eventId}']");
            if (row?.QuerySelector(".answer")?.TextContent.Trim().StartsWith(answer, StringComparison.Ordinal) == true) return row;
            if (i == 100) throw new TimeoutException($"The log never showed {answer} for {eventId}: {row?.TextContent}");
            await Task.Delay(50);
        }
    }
}
