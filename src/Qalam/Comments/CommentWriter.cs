using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Comments;

public enum CommentOutcome { Held, Published, Closed, Invalid, NotFound }

/// <summary>Saves a reader's comment when the site and the post take comments; held for moderation unless the settings say otherwise.</summary>
public sealed partial class CommentWriter(QalamDb db, SiteContext site, TimeProvider clock, Accounts.AuditLog audit)
{
    public sealed record Result(CommentOutcome Outcome, Post? Post = null, Comment? Comment = null);

    public async Task<Result> AddFromReaderAsync(CommentForm form, CancellationToken ct)
    {
        var now = clock.GetUtcNow();
        var post = await db.Posts.Include(p => p.Author).Where(ContentQueries.IsPublic(now)).FirstOrDefaultAsync(p => p.Id == form.PostId, ct);
        if (post is null) return new(CommentOutcome.NotFound);
        var settings = await site.GetSettingsAsync(ct);
        if (!IsOpen(settings, post.PublishedUtc, now)) return new(CommentOutcome.Closed, post);
        if (!form.IsValid) return new(CommentOutcome.Invalid, post);
        // A reply may only hang under an approved comment of the same post.
        if (form.ReplyTo is { } parent && !await db.Comments.AnyAsync(c => c.Id == parent && c.PostId == post.Id && c.Status == CommentStatus.Approved, ct))
            return new(CommentOutcome.Invalid, post);
        // A filled honeypot is dropped without a word: the robot is told what a person would be told.
        if (!string.IsNullOrEmpty(form.Website)) return new(CommentOutcome.Held, post);

        var comment = new Comment
        {
            PostId = post.Id, ParentId = form.ReplyTo, AuthorName = form.Name!.Trim(), AuthorEmail = form.Email!.Trim(),
            BodyHtml = CommentText.ToStored(form.Text!), CreatedUtc = now,
            Status = settings.CommentsHeldForModeration ? CommentStatus.Pending : CommentStatus.Approved,
        };
        db.Comments.Add(comment);
        await db.SaveChangesAsync(ct);
        return new(comment.Status == CommentStatus.Approved ? CommentOutcome.Published : CommentOutcome.Held, post, comment);
    }

    public static bool IsOpen(SiteSettings settings, DateTimeOffset? publishedUtc, DateTimeOffset now) =>
        settings.CommentsOpen && (settings.CommentsCloseAfterDays == 0 || publishedUtc is not { } published
            || now < published.AddDays(settings.CommentsCloseAfterDays));
}
