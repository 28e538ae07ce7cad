using Qalam.Accounts;
using Qalam.Organisation;

namespace Qalam.Content;

/// <summary>
/// Status changes that make a post public or take it down. Every path that publishes (the editor, bulk actions,
/// the scheduled publisher, imports) goes through here, so what must happen at publication happens exactly once
/// (audit entry, statement numbers; later: cache eviction). The caller saves, in one transaction.
/// </summary>
public sealed class Publishing(AuditLog audit, TimeProvider clock, StatementNumbering statements)
{
    /// <summary>How long a trashed post can be restored before the scheduled publisher purges it.</summary>
    public static readonly TimeSpan TrashRetention = TimeSpan.FromDays(30);

    /// <summary>Publishes now, or schedules when the post's publish time is in the future.</summary>
    public async Task PublishAsync(Post post, CancellationToken ct = default)
    {
        // Its audit line names the post; an unsaved post has no id yet (PostWriter.SaveAsync inserts it first).
        if (post.Id == 0) throw new InvalidOperationException("A post is saved before it is published.");
        var now = clock.GetUtcNow();
        post.TrashedUtc = null;
        if (post.PublishedUtc is { } at && at > now)
        {
            post.Status = PostStatus.Scheduled;
            audit.Record("post-scheduled", $"post:{post.Id}", at.ToString("O"));
            return;
        }
        post.PublishedUtc ??= now;
        post.Status = PostStatus.Published;
        // Official statements get their yearly number here, in the same unit of work as the publication.
        if (post.Kind == PostKind.Statement) await statements.NumberAsync(post, ct);
        audit.Record("post-published", $"post:{post.Id}", post.Title);
    }

    /// <summary>Takes a post down to another status (draft, pending, private, trash), or back out of the trash.</summary>
    public void Unpublish(Post post, PostStatus to)
    {
        if (to is PostStatus.Published or PostStatus.Scheduled) throw new ArgumentOutOfRangeException(nameof(to));
        var was = post.Status;
        if (was == to) return;
        post.Status = to;
        post.TrashedUtc = to == PostStatus.Trash ? clock.GetUtcNow() : null;
        // Trashing is recorded whatever the post was, so a purge 30 days later can be traced to a person.
        if (to == PostStatus.Trash) audit.Record("post-trashed", $"post:{post.Id}", $"{was} → {to}");
        else if (was == PostStatus.Trash) audit.Record("post-restored", $"post:{post.Id}", $"{was} → {to}");
        else if (was is PostStatus.Published or PostStatus.Scheduled) audit.Record("post-unpublished", $"post:{post.Id}", $"{was} → {to}");
    }
}
