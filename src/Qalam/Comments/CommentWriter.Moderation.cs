using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Comments;

public sealed partial class CommentWriter
{
    /// <summary>
    /// One moderation step (approve, unapprove, spam, trash, restore, or delete from the trash), with its audit line.
    /// False when the step does not apply to the comment's status.
    /// </summary>
    public async Task<bool> ModerateAsync(Comment comment, string act, CancellationToken ct = default)
    {
        CommentStatus? next = (act, comment.Status) switch
        {
            ("approve", CommentStatus.Pending) => CommentStatus.Approved,
            ("unapprove", CommentStatus.Approved) => CommentStatus.Pending,
            ("spam", not CommentStatus.Spam) => CommentStatus.Spam,
            ("trash", not CommentStatus.Trash) => CommentStatus.Trash,
            ("restore", CommentStatus.Spam or CommentStatus.Trash) => CommentStatus.Pending,
            _ => null,
        };
        var delete = act == "delete" && comment.Status == CommentStatus.Trash;
        if (next is null && !delete) return false;
        await db.InTransactionAsync(async () =>
        {
            if (delete)
            {
                // Replies to a deleted comment stay; they start their own thread.
                foreach (var reply in await db.Comments.Where(x => x.ParentId == comment.Id).ToListAsync(ct)) reply.ParentId = null;
                db.Comments.Remove(comment);
            }
            else comment.Status = next!.Value;
            audit.Record("comment-" + act, $"comment:{comment.Id}", $"post:{comment.PostId}");
            await db.SaveChangesAsync(ct);
        }, ct);
        return true;
    }

    /// <summary>A staff reply, published at once; replying vouches for a held comment, as in WordPress.</summary>
    public Task<Comment> ReplyAsync(Comment parent, Person me, string text, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        if (parent.Status == CommentStatus.Pending) parent.Status = CommentStatus.Approved;
        var reply = new Comment
        {
            PostId = parent.PostId, ParentId = parent.Id, AuthorName = me.DisplayName, AuthorEmail = me.Email,
            BodyHtml = CommentText.ToStored(text), CreatedUtc = clock.GetUtcNow(), Status = CommentStatus.Approved,
        };
        db.Comments.Add(reply);
        await db.SaveChangesAsync(ct);
        audit.Record("comment-reply", $"comment:{reply.Id}", $"post:{parent.PostId}");
        await db.SaveChangesAsync(ct);
        return reply;
    }, ct);
}
