using Qalam.Data;

namespace Qalam.Content;

public sealed partial class PostWriter
{
    /// <summary>Moves several posts to one status in one transaction (bulk actions); rights are checked by the caller, post by post.</summary>
    public Task MoveAsync(IReadOnlyCollection<Post> posts, PostStatus target, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        foreach (var post in posts)
        {
            await MoveAsync(post, target, ct);
            // Anyone with this post open in the editor must reload before saving over the new status.
            post.Version++;
            post.UpdatedUtc = clock.GetUtcNow();
        }
        await db.SaveChangesAsync(ct);
    }, ct);

    /// <summary>Brings back an earlier revision's title, excerpt and text as a new save (itself a revision); the status stays.</summary>
    public Task RestoreAsync(Post post, Revision revision, int? savedById, CancellationToken ct = default)
    {
        post.Title = revision.Title;
        post.Excerpt = PostBody.PlainText(revision.Excerpt);
        // Stored revisions were sanitised when saved; preparing again keeps one rule for every body that goes in.
        return SaveAsync(post, post.Status, new PostEdit(revision.BodyHtml, savedById), ct);
    }
}
