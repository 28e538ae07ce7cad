using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

public sealed partial class PostWriter
{
    /// <summary>
    /// «أضف ترجمة»: a draft in <paramref name="language"/> linked to <paramref name="original"/>, both in the original's
    /// translation group (begun with the original's id when it had none), its title, excerpt and text copied as a
    /// starting point (its slug the original's with the language's code, until the translator gives it one), its kind,
    /// categories and image kept. Null when the group has that language already, also when
    /// another request added it a moment before (the unique index on group and language decides). Rights are the caller's.
    /// </summary>
    /// <param name="original">Loaded with its categories, tracked.</param>
    public async Task<Post?> AddTranslationAsync(Post original, string language, int authorId, CancellationToken ct = default)
    {
        var groupId = original.TranslationGroupId ?? original.Id;
        if (original.Language == language || await HasLanguageAsync(groupId, language, ct: ct)) return null;
        var draft = new Post
        {
            Title = original.Title, Slug = "", AuthorId = authorId, Kind = original.Kind, Language = language, TranslationGroupId = groupId,
            Excerpt = original.Excerpt, FeaturedMediaId = original.FeaturedMediaId,
        };
        draft.Categories.AddRange(original.Categories);
        try
        {
            await db.InTransactionAsync(async () =>
            {
                original.TranslationGroupId = groupId;
                await SaveAsync(draft, PostStatus.Draft, new PostEdit(original.BodyHtml, authorId) { Slug = $"{original.Slug}-{language}" }, ct);
                audit.Record("post-translation-added", $"post:{draft.Id}", $"post:{original.Id} → {language}");
                await db.SaveChangesAsync(ct);
            }, ct);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsConflict(e))
        {
            db.ChangeTracker.Clear();
            if (await HasLanguageAsync(groupId, language, ct: ct)) return null;
            throw;
        }
        return draft;
    }

    /// <summary>
    /// Whether the group has a post in that language other than <paramref name="exceptId"/> (its original counts before
    /// it carries the group's number).
    /// </summary>
    public Task<bool> HasLanguageAsync(int groupId, string language, int exceptId = 0, CancellationToken ct = default) =>
        db.Posts.AnyAsync(p => (p.TranslationGroupId == groupId || p.Id == groupId) && p.Language == language && p.Id != exceptId, ct);
}
