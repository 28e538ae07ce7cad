using System.Net;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Accounts;

public sealed class AuditTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task RecordAsync(int count, string action, int? actorId = null) => await _factory.WithScopeAsync(async sp =>
    {
        var audit = sp.GetRequiredService<AuditLog>();
        for (var i = 0; i < count; i++) audit.Record(action, $"post:{i}", actorId: actorId, actorName: actorId is null ? null : "someone");
        await sp.GetRequiredService<QalamDb>().SaveChangesAsync();
    });

    [Fact]
    public async Task The_log_is_paginated_newest_first()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await RecordAsync(60, "post-published");

        var first = await admin.GetDocumentAsync("/admin/audit");
        var second = await admin.GetDocumentAsync(first.QuerySelector("a[rel=next]")!.GetAttribute("href")!);

        Assert.Equal(50, first.QuerySelectorAll("tbody tr").Length);
        Assert.Equal("النظام: نشر المقالة «#59»", first.QuerySelector("tbody tr .sentence")!.TextContent.Trim());
        Assert.Null(first.QuerySelector("a[rel=prev]"));
        Assert.NotNull(second.QuerySelector("a[rel=prev]"));
        Assert.Null(second.QuerySelector("a[rel=next]"));
        Assert.Contains("النظام: نشر المقالة «#0»", second.Texts("tbody tr .sentence"));
    }

    [Fact]
    public async Task The_log_filters_by_action_and_by_person()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator, email: "boss@example.org");
        var bossId = (await _factory.PersonAsync("boss@example.org")).Id;
        await RecordAsync(3, "post-published");
        await RecordAsync(2, "post-trashed", bossId);

        var byAction = await admin.GetDocumentAsync("/admin/audit?event=post-trashed");
        var byPerson = await admin.GetDocumentAsync($"/admin/audit?person={bossId}");

        Assert.Equal(["post-trashed", "post-trashed"], Actions(byAction));
        Assert.Equal(["audit-viewed", "post-trashed", "post-trashed", "sign-in"], Actions(byPerson));
        Assert.Equal($"{bossId}", byPerson.QuerySelector("#person option[selected]")!.GetAttribute("value"));
    }

    private static IReadOnlyList<string> Actions(AngleSharp.Dom.IDocument doc) => doc.Texts("tbody tr dl > div:first-child code");

    [Fact]
    public async Task Entries_show_who_when_from_where_and_with_what()
    {
        var client = _factory.CreateBrowserlessClient();
        client.DefaultRequestHeaders.Add("X-Forwarded-For", "203.0.113.50");
        client.DefaultRequestHeaders.UserAgent.ParseAdd("Mozilla/5.0 (iPhone) Safari/604.1");
        await _factory.SignedInClientAsync(Role.Administrator, email: "boss@example.org");
        await client.SignInAsync("boss@example.org");

        var doc = await client.GetDocumentAsync("/admin/audit?event=sign-in");
        var row = doc.QuerySelector("tbody tr")!;
        Assert.Contains("203.0.113.50", row.TextContent);
        Assert.Contains("Mozilla/5.0 (iPhone) Safari/604.1", row.TextContent);
        Assert.Contains("20 نوفمبر 2026", row.TextContent);
    }

    [Fact]
    public async Task The_log_cannot_be_changed_by_post_put_or_delete_with_or_without_a_token()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        await RecordAsync(1, "post-published");
        var count = await _factory.WithDbAsync(db => Task.FromResult(db.Audit.Count()));
        var token = (await admin.GetDocumentAsync("/admin/account")).Token();

        var withToken = await admin.PostAsync("/admin/audit", new FormUrlEncodedContent(AccountSteps.Fields((Forms.TokenField, token), ("id", "1"))));
        var withoutToken = await admin.PostAsync("/admin/audit", new FormUrlEncodedContent(AccountSteps.Fields(("id", "1"))));
        var delete = new HttpRequestMessage(HttpMethod.Delete, "/admin/audit?id=1");
        delete.Headers.Add("RequestVerificationToken", token);
        var deleted = await admin.SendAsync(delete);
        var put = await admin.PutAsync("/admin/audit", new FormUrlEncodedContent(AccountSteps.Fields((Forms.TokenField, token))));

        Assert.Equal(HttpStatusCode.MethodNotAllowed, withToken.StatusCode);
        Assert.Equal(HttpStatusCode.BadRequest, withoutToken.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, deleted.StatusCode);
        Assert.Equal(HttpStatusCode.MethodNotAllowed, put.StatusCode);
        Assert.Equal(count, await _factory.WithDbAsync(db => Task.FromResult(db.Audit.Count())));
    }
}
