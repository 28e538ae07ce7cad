using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// Answers "where did this address go?" from the redirect table, giving the target's current URL. A post is only ever
/// a target while it is public: an old address of a draft, a private or a trashed post says nothing, not even its slug.
/// </summary>
public sealed class RedirectResolver(QalamDb db, TimeProvider clock, Localization.Languages languages)
{
    public async Task<string?> FindAsync(string pathAndQuery, CancellationToken ct = default)
    {
        var path = RedirectPaths.Normalize(pathAndQuery);
        var redirect = await db.Redirects.AsNoTracking().FirstOrDefaultAsync(r => r.FromPath == path, ct);
        if (redirect is null) return null;
        return redirect.TargetKind switch
        {
            RedirectTarget.Post => await PostPathAsync(redirect.TargetId, ct),
            RedirectTarget.Category => await db.Categories.Where(c => c.Id == redirect.TargetId).Select(c => c.Slug).FirstOrDefaultAsync(ct) is { } s ? Urls.Category(s) : null,
            RedirectTarget.Tag => await db.Tags.Where(t => t.Id == redirect.TargetId).Select(t => t.Slug).FirstOrDefaultAsync(ct) is { } s ? Urls.Tag(s) : null,
            RedirectTarget.Author => await db.People.Where(p => p.Id == redirect.TargetId).Select(p => p.Slug).FirstOrDefaultAsync(ct) is { } s ? Urls.Author(s) : null,
            RedirectTarget.Media => await db.Media.Where(m => m.Id == redirect.TargetId).Select(m => m.StoragePath).FirstOrDefaultAsync(ct) is { } s ? Urls.Media(s) : null,
            _ => null,
        };
    }

    // A numbered statement's old address goes straight to its official one, not through its slug.
    private async Task<string?> PostPathAsync(int id, CancellationToken ct)
    {
        var post = await db.Posts.Where(ContentQueries.IsPublic(clock.GetUtcNow())).Where(p => p.Id == id).Select(p => new { p.Slug, p.Language }).FirstOrDefaultAsync(ct);
        if (post is null) return null;
        var number = await Organisation.StatementNumbers.Of(db).Where(s => s.PostId == id && s.Number != null)
            .Select(s => new { s.Year, s.Number }).FirstOrDefaultAsync(ct);
        return Urls.Post(post.Slug, post.Language, number is null ? null : new StatementNumber(number.Year!.Value, number.Number!.Value), languages);
    }
}
