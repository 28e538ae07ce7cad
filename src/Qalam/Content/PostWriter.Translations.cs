using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Content;

public sealed partial class PostWriter
{
    /// <summary>
    /// «أضف ترجمة»: a draft in <paramref name="language"/> linked to <paramref name="original"/>, both in the original's
    /// translation group (begun with the original's id when it had none), its title, excerpt and text copied as a
    /// starting point (its slug the original's with the language's code, until the translator gives it one), its kind,
    /// categories, image and, for an endorsement, its partner, date, letter and quote kept. Null when the group has that language already, also when another request added it a
    /// moment before (the unique index on group and language decides). Another editor saving the original meanwhile,
    /// or adding another language, is no conflict: the original's group is set on its own, outside its version. Rights
    /// are the caller's.
    /// </summary>
    /// <param name="original">Loaded with its categories, tracked; detached when another writer got in the way.</param>
    public async Task<Post?> AddTranslationAsync(Post original, string language, int authorId, CancellationToken ct = default)
    {
        var groupId = original.TranslationGroupId ?? original.Id;
        if (original.Language == language || await HasLanguageAsync(groupId, language, ct: ct)) return null;
        var (originalId, categoryIds) = (original.Id, original.Categories.Select(c => c.Id).ToList());
        var edit = new PostEdit(original.BodyHtml, authorId) { Slug = $"{original.Slug}-{language}" };
        var (title, kind, excerpt, image) = (original.Title, original.Kind, original.Excerpt, original.FeaturedMediaId);
        // An endorsement's structured half comes along (partner, date, letter, its quote to translate): without it the
        // translation would be in no endorsements list.
        var endorsement = kind == PostKind.Endorsement
            ? await db.Endorsements.AsNoTracking().FirstOrDefaultAsync(e => e.PostId == originalId, ct) : null;
        for (var attempt = 1; ; attempt++)
        {
            var draft = new Post
            {
                Title = title, Slug = "", AuthorId = authorId, Kind = kind, Language = language, TranslationGroupId = groupId,
                Excerpt = excerpt, FeaturedMediaId = image,
            };
            try
            {
                await db.InTransactionAsync(async () =>
                {
                    // The original joins its group by itself: not a change of its text, so its version (another
                    // editor's open form) stays as it is, and two translations begun at once both find it set.
                    await db.Posts.Where(p => p.Id == originalId && p.TranslationGroupId == null)
                        .ExecuteUpdateAsync(u => u.SetProperty(p => p.TranslationGroupId, groupId), ct);
                    if (db.Posts.Local.FirstOrDefault(p => p.Id == originalId) is { } tracked)
                    {
                        var entry = db.Entry(tracked).Property(p => p.TranslationGroupId);
                        entry.CurrentValue = entry.OriginalValue = groupId;
                    }
                    draft.Categories.AddRange(await db.Categories.Where(c => categoryIds.Contains(c.Id)).ToListAsync(ct));
                    if (endorsement is not null)
                    {
                        db.Endorsements.Add(new Organisation.Endorsement
                        {
                            Post = draft, PartnerId = endorsement.PartnerId, EndorsedOn = endorsement.EndorsedOn,
                            LetterMediaId = endorsement.LetterMediaId, Quote = endorsement.Quote,
                        });
                    }
                    await SaveAsync(draft, PostStatus.Draft, edit, ct);
                    audit.Record("post-translation-added", $"post:{draft.Id}", $"post:{originalId} → {language}");
                    await db.SaveChangesAsync(ct);
                }, ct);
                return draft;
            }
            catch (DbUpdateException e) when (DatabaseErrors.IsConflict(e))
            {
                db.ChangeTracker.Clear();
                if (await HasLanguageAsync(groupId, language, ct: ct)) return null;
                // Something else taken at that moment (the draft's slug by another new post): once more from a clean state.
                if (attempt == 3) throw;
            }
        }
    }

    /// <summary>
    /// Whether the group has a post in that language other than <paramref name="exceptId"/> (its original counts before
    /// it carries the group's number).
    /// </summary>
    public Task<bool> HasLanguageAsync(int groupId, string language, int exceptId = 0, CancellationToken ct = default) =>
        db.Posts.AnyAsync(p => (p.TranslationGroupId == groupId || p.Id == groupId) && p.Language == language && p.Id != exceptId, ct);
}
