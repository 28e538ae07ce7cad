using System.Net;
using Microsoft.EntityFrameworkCore;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Import;

/// <summary>
/// An import gives its new posts and comments their ids before it saves them, so a batch is one save: the ids must be
/// new ones (never a deleted post's, which old links still name) and must hold the post, its status, audit line,
/// redirects and comments together.
/// </summary>
public sealed class ImportIdsTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task A_post_imported_after_a_purge_never_takes_the_deleted_posts_id_or_its_old_links()
    {
        await _factory.ImportXmlAsync(Wxr.Document(Wxr.Post(1, "الأول", "first") + Wxr.Post(2, "الثاني", "second")));
        var purgedId = await _factory.WithDbAsync(async db =>
        {
            var second = await db.Posts.SingleAsync(p => p.Slug == "second");
            db.Posts.Remove(second);
            await db.SaveChangesAsync();
            return second.Id;
        });

        var replyFirst = Wxr.Comment(2, "ليلى", "رد يسبق أصله في الملف.", parent: 1) + Wxr.Comment(1, "أحمد", "التعليق الأصل.");
        var report = await _factory.ImportXmlAsync(Wxr.Document(Wxr.Post(3, "الثالث", "third", extra: replyFirst)));
        Assert.Empty(report.Failed);

        var third = await _factory.WithDbAsync(db => db.Posts.SingleAsync(p => p.Slug == "third"));
        Assert.True(third.Id > purgedId, $"the new post took id {third.Id}; the purged one had {purgedId}");
        var published = await _factory.WithDbAsync(db => db.Audit.Where(a => a.Action == "post-published").Select(a => a.Subject).ToListAsync());
        Assert.Contains($"post:{third.Id}", published);

        var client = _factory.CreateBrowserlessClient();
        var old = await client.GetAsync("/?p=3");
        Assert.Equal(HttpStatusCode.MovedPermanently, old.StatusCode);
        Assert.Equal("/third", Uri.UnescapeDataString(old.Headers.Location!.OriginalString));
        // The deleted post's old link still names its id: it must not lead to the new post.
        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/?p=2")).StatusCode);

        var doc = await (await client.GetAsync("/third")).ReadDocumentAsync();
        Assert.Equal(["أحمد", "ليلى"], doc.Texts("#comments .comment-author"));
        Assert.Equal(["comment depth-0", "comment depth-1"], doc.QuerySelectorAll("#comments .comment").Select(c => c.ClassName!));
    }
}
