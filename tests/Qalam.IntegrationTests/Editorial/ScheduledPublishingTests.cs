using System.Net;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Editorial;

public sealed class ScheduledPublishingTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_post_scheduled_in_the_editor_appears_on_the_site_only_once_its_time_has_come()
    {
        var author = await _factory.SignInAsync(Role.Author);
        // 14:00 in Tripoli (UTC+2) is 12:00 UTC, two hours after the test clock's 10:00 UTC.
        var response = await author.Client.SubmitAsync("/admin/posts/new", new Dictionary<string, string>
        {
            ["Form.Title"] = "خبر مجدول", ["Form.Slug"] = "scheduled-news", ["Form.BodyHtml"] = "<p>ينشر لاحقًا</p>", ["Form.PublishAt"] = "2026-11-20T14:00",
        }, "#editor-form", ("Intent", "Publish"));
        var id = int.Parse(response.Headers.Location!.OriginalString.Split('/').Last());
        var post = await _factory.PostAsync(id);
        Assert.Equal(PostStatus.Scheduled, post.Status);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 12, 0, 0, TimeSpan.Zero), post.PublishedUtc);
        Assert.Equal(HttpStatusCode.NotFound, (await _factory.CreateClient().GetAsync("/scheduled-news")).StatusCode);

        _factory.Clock.Advance(TimeSpan.FromHours(2));
        var publisher = _factory.Services.GetRequiredService<ScheduledPublisher>();
        await publisher.PublishDueAsync();

        Assert.Equal(PostStatus.Published, (await _factory.PostAsync(id)).Status);
        Assert.Equal(HttpStatusCode.OK, (await _factory.CreateClient().GetAsync("/scheduled-news")).StatusCode);
        Assert.Equal(["post-scheduled", "post-published"], await _factory.AuditActionsAsync(id));
    }

    [Fact]
    public async Task Two_instances_running_at_once_publish_each_due_post_exactly_once()
    {
        var author = await _factory.SignInAsync(Role.Author);
        var due = TemplateDatabase.Now.AddMinutes(5);
        var ids = new List<int>();
        for (var i = 0; i < 12; i++) ids.Add(await _factory.AddPostAsync(author.Id, $"مجدولة {i}", PostStatus.Scheduled, publishAt: due));
        using var second = new SecondInstance(_factory.DataDirectory, new FakeTimeProvider(TemplateDatabase.Now));
        var publishers = new[] { _factory.Services, second.Services }.Select(s => s.GetRequiredService<ScheduledPublisher>()).ToArray();

        // Both clocks pass the due time, which also wakes both background loops; then both publish by hand at the same moment.
        _factory.Clock.Advance(TimeSpan.FromMinutes(10));
        second.Clock.Advance(TimeSpan.FromMinutes(10));
        var counts = await Task.WhenAll(publishers.Select(p => Task.Run(() => p.PublishDueAsync())));

        Assert.True(counts.Sum() <= ids.Count);
        foreach (var id in ids)
        {
            Assert.Equal(PostStatus.Published, (await _factory.PostAsync(id)).Status);
            Assert.Equal(["post-scheduled", "post-published"], await _factory.AuditActionsAsync(id));
        }
        Assert.Equal(0, await publishers[0].PublishDueAsync() + await publishers[1].PublishDueAsync());
    }

    [Fact]
    public async Task Trash_can_be_restored_within_thirty_days_and_is_purged_after()
    {
        var editor = await _factory.SignInAsync(Role.Editor);
        var kept = await _factory.AddPostAsync(editor.Id, "تُستعاد", PostStatus.Published);
        var purged = await _factory.AddPostAsync(editor.Id, "تُحذف نهائيًا", PostStatus.Published);
        foreach (var id in new[] { kept, purged })
        {
            await editor.Client.SubmitAsync("/admin/posts", new Dictionary<string, string> { ["action"] = "Trash", ["ids"] = id.ToString() }, "#bulk");
        }
        var trash = await editor.Client.GetDocumentAsync("/admin/posts?Status=Trash");
        Assert.Equal(2, trash.QuerySelectorAll("table.posts tbody tr").Length);

        _factory.Clock.Advance(TimeSpan.FromDays(29));
        var publisher = _factory.Services.GetRequiredService<ScheduledPublisher>();
        Assert.Equal(0, await publisher.PurgeTrashAsync());
        // The first session expired long ago (sessions last 12 hours): sign in again, as the editor would.
        editor = await _factory.SignInAsync(Role.Editor);
        await editor.Client.SubmitAsync("/admin/posts?Status=Trash", new Dictionary<string, string> { ["action"] = "Draft", ["ids"] = kept.ToString() }, "#bulk");

        // The background publisher wakes when the clock moves and may purge first; by hand or not, the purge happens once.
        _factory.Clock.Advance(TimeSpan.FromDays(2));
        await publisher.PurgeTrashAsync();

        Assert.Equal(PostStatus.Draft, (await _factory.PostAsync(kept)).Status);
        Assert.False(await _factory.WithDbAsync(db => db.Posts.AnyAsync(p => p.Id == purged)));
        Assert.Equal(["post-published", "post-trashed", "post-restored"], await _factory.AuditActionsAsync(kept));
        Assert.Equal(["post-published", "post-trashed", "post-purged"], await _factory.AuditActionsAsync(purged));
    }
}
