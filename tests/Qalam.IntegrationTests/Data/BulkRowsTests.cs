using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Data;

public sealed class BulkRowsTests(EmptySite site) : IClassFixture<EmptySite>
{
    [Fact]
    public async Task Rows_written_in_bulk_read_back_as_the_change_tracker_would_have_stored_them()
    {
        var at = new DateTimeOffset(2026, 3, 1, 9, 30, 15, TimeSpan.Zero).AddTicks(1000);
        var path = $"/قديم-{Guid.NewGuid():N}";
        var postId = await site.Factory.WithDbAsync(async db =>
        {
            var author = await db.People.FirstAsync();
            var post = new Post { Title = "عنوان", Slug = $"bulk-{Guid.NewGuid():N}", AuthorId = author.Id };
            db.Posts.Add(post);
            await db.SaveChangesAsync();
            return post.Id;
        });

        var (commentId, tracked) = await site.Factory.WithDbAsync(async db =>
        {
            await using var tx = await db.Database.BeginTransactionAsync();
            var keys = new KeyReservation(db);
            var bulk = new BulkRows(db);
            var comment = new Comment { Id = await keys.NextAsync<Comment>(default), PostId = postId, AuthorName = "قارئ", BodyHtml = "<p>نص</p>", Status = CommentStatus.Spam, CreatedUtc = at };
            bulk.Add(comment);
            bulk.Add(new Redirect { FromPath = path, TargetKind = RedirectTarget.Tag, TargetId = 1, CreatedUtc = at }, path);
            // A row already added can still change before it is written.
            bulk.Find<Redirect>(path)!.TargetKind = RedirectTarget.Post;
            bulk.Add(new Revision { PostId = postId, Title = "عنوان", BodyHtml = "<p>x</p>", Excerpt = null, SavedUtc = at });
            await bulk.FlushAsync(default);
            await tx.CommitAsync();
            return (comment.Id, db.ChangeTracker.Entries().Count());
        });

        Assert.Equal(0, tracked);
        await site.Factory.WithDbAsync(async db =>
        {
            var comment = await db.Comments.SingleAsync(c => c.Id == commentId);
            Assert.Equal((postId, "قارئ", CommentStatus.Spam, at, (string?)null), (comment.PostId, comment.AuthorName, comment.Status, comment.CreatedUtc, comment.AuthorEmail));
            var redirect = await db.Redirects.SingleAsync(r => r.FromPath == path);
            Assert.True(redirect.Id > 0);
            Assert.Equal((RedirectTarget.Post, at), (redirect.TargetKind, redirect.CreatedUtc));
            // Stored dates compare in SQL as the converter stores them: the bulk row is found by a range like any other.
            Assert.Equal(1, await db.Revisions.CountAsync(r => r.PostId == postId && r.SavedUtc >= at && r.SavedUtc < at.AddMilliseconds(1)));
            return 0;
        });
    }

    [Fact]
    public async Task Rows_are_written_only_inside_a_transaction()
    {
        var error = await site.Factory.WithDbAsync(async db =>
        {
            var bulk = new BulkRows(db);
            bulk.Add(new Redirect { FromPath = "/no-transaction", TargetId = 1 });
            return await Assert.ThrowsAsync<InvalidOperationException>(() => bulk.FlushAsync(default));
        });
        Assert.Contains("transaction", error.Message);
        Assert.False(await site.Factory.WithDbAsync(db => db.Redirects.AnyAsync(r => r.FromPath == "/no-transaction")));
    }
}
