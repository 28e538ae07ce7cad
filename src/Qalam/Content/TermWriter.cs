using Microsoft.EntityFrameworkCore;
using Qalam.Accounts;
using Qalam.Data;

namespace Qalam.Content;

/// <summary>
/// Every change to categories and tags: created, renamed (the old address kept as a redirect), moved, merged, deleted,
/// each with its audit line and in one transaction; names and descriptions in other languages are saved with them
/// (<see cref="LocalizedTextRows"/>) and go with a deleted term. The pages validate what people typed; this owns the steps.
/// </summary>
public sealed class TermWriter(QalamDb db, PostWriter posts, AuditLog audit)
{
    public Task CreateCategoryAsync(Category category, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        db.Categories.Add(category);
        audit.Record("category-created", $"category:{category.Slug}", category.Name);
        await db.SaveChangesAsync(ct);
    }, ct);

    public Task UpdateCategoryAsync(Category category, string name, string slug, int? parentId, string? description, CancellationToken ct = default) =>
        UpdateCategoryAsync(category, name, slug, parentId, description, null, ct);

    /// <param name="texts">Its name and description in other languages; empty ones are removed.</param>
    public Task UpdateCategoryAsync(Category category, string name, string slug, int? parentId, string? description, IReadOnlyCollection<TextEdit>? texts,
        CancellationToken ct = default) =>
        db.InTransactionAsync(async () =>
        {
            if (slug != category.Slug)
            {
                await posts.KeepRedirectAsync("/category/" + category.Slug, RedirectTarget.Category, category.Id, ct);
                audit.Record("category-renamed", $"category:{category.Id}", $"{category.Slug} → {slug}");
            }
            (category.Name, category.Slug, category.ParentId, category.Description) = (name.Trim(), slug, parentId, description?.Trim());
            await db.SetTextsAsync(TextSubject.Category, category.Id, texts, ct);
            await db.SaveChangesAsync(ct);
        }, ct);

    /// <summary>Deletes a category (its posts loaded); its posts join <paramref name="moveTo"/>, its children move up.</summary>
    public Task DeleteCategoryAsync(Category category, Category? moveTo, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        if (category.Posts.Count > 0 && moveTo is null) throw new InvalidOperationException("A category with posts needs another to take them.");
        foreach (var post in category.Posts.Where(p => !p.Categories.Contains(moveTo!))) post.Categories.Add(moveTo!);
        foreach (var child in await db.Categories.Where(c => c.ParentId == category.Id).ToListAsync(ct)) child.ParentId = category.ParentId;
        await db.RemoveTextsAsync(TextSubject.Category, category.Id, ct);
        db.Categories.Remove(category);
        audit.Record("category-deleted", $"category:{category.Id}", moveTo is null ? category.Name : $"{category.Name} → {moveTo.Name}");
        await db.SaveChangesAsync(ct);
    }, ct);

    public Task<Tag> CreateTagAsync(string name, string slug, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        var tag = await posts.FindOrCreateTagAsync(name.Trim(), slug, ct);
        audit.Record("tag-created", $"tag:{slug}", tag.Name);
        await db.SaveChangesAsync(ct);
        return tag;
    }, ct);

    public Task UpdateTagAsync(Tag tag, string name, string slug, CancellationToken ct = default) => UpdateTagAsync(tag, name, slug, null, ct);

    /// <param name="texts">Its name in other languages; empty ones are removed.</param>
    public Task UpdateTagAsync(Tag tag, string name, string slug, IReadOnlyCollection<TextEdit>? texts, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        if (slug != tag.Slug)
        {
            await posts.KeepRedirectAsync("/tag/" + tag.Slug, RedirectTarget.Tag, tag.Id, ct);
            audit.Record("tag-renamed", $"tag:{tag.Id}", $"{tag.Slug} → {slug}");
        }
        (tag.Name, tag.Slug) = (name.Trim(), slug);
        await db.SetTextsAsync(TextSubject.Tag, tag.Id, texts, ct);
        await db.SaveChangesAsync(ct);
    }, ct);

    /// <summary>Deletes a tag (its posts loaded), or merges it into <paramref name="mergeInto"/>: its posts and its address go there.</summary>
    public Task DeleteTagAsync(Tag tag, Tag? mergeInto, CancellationToken ct = default) => db.InTransactionAsync(async () =>
    {
        if (mergeInto is not null)
        {
            foreach (var post in tag.Posts.Where(p => !p.Tags.Contains(mergeInto))) post.Tags.Add(mergeInto);
            // Links to the merged tag, including hashtags in old posts, now lead to the tag that took its posts.
            await posts.KeepRedirectAsync("/tag/" + tag.Slug, RedirectTarget.Tag, mergeInto.Id, ct);
        }
        await db.RemoveTextsAsync(TextSubject.Tag, tag.Id, ct);
        db.Tags.Remove(tag);
        audit.Record("tag-deleted", $"tag:{tag.Id}", mergeInto is null ? tag.Name : $"{tag.Name} → {mergeInto.Name}");
        await db.SaveChangesAsync(ct);
    }, ct);
}
