using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Media;

namespace Qalam.Import;

// Authors, terms and attachments: everything posts point at, imported before the posts.
public sealed partial class WxrImporter
{
    private async Task<bool> ImportHeaderOrMediaAsync(WxrEntry entry, CancellationToken ct)
    {
        switch (entry)
        {
            case WxrAuthor author:
                await EnsureAuthorAsync(author.Login, author.Email, author.DisplayName, author.Id, ct);
                return false;
            case WxrTerm term:
                await ImportTermAsync(term, ct);
                return false;
            case WxrItem item when SkipReason(item) is null:
                await ImportAttachmentAsync(item, ct);
                return true;
            default:
                return false;
        }
    }

    /// <summary>The person for a WordPress login: already imported, merged by the author map or by email, or new (without a password).</summary>
    private async Task<int> EnsureAuthorAsync(string login, string? email, string displayName, string? wpId, CancellationToken ct)
    {
        if (_run.Authors.TryGetValue(login, out var known)) return known;
        var map = _run.AuthorMap.GetValueOrDefault(login);
        email = map?.Email ?? email;
        var imported = await FindImportedAsync("author", login, ct);
        var person = imported is null ? null : await db.People.FindAsync([imported.TargetId], ct);
        if (person is null && email is not null)
        {
            var normalized = Accounts.PeopleService.NormalizeEmail(email);
            person = db.People.Local.FirstOrDefault(p => p.NormalizedEmail == normalized) ?? await db.People.FirstOrDefaultAsync(p => p.NormalizedEmail == normalized, ct);
        }
        if (person is null)
        {
            person = new Person
            {
                DisplayName = map?.DisplayName ?? displayName,
                Slug = await UniquePersonSlugAsync(Slug.Normalize(login), ct),
                Email = email,
                NormalizedEmail = email is null ? null : Accounts.PeopleService.NormalizeEmail(email),
                Role = Role.Author,
                PasswordHash = null,
                CreatedUtc = clock.GetUtcNow(),
            };
            db.People.Add(person);
        }
        await SaveAsync(ct);
        await RecordImportedAsync("author", login, null, person.Id, null, ct);
        if (wpId is { Length: > 0 }) await KeepAsync($"/?author={wpId}", RedirectTarget.Author, person.Id, ct);
        if (person.Slug != Slug.Normalize(login)) await KeepAsync($"/author/{login}", RedirectTarget.Author, person.Id, ct);
        _run.Authors[login] = person.Id;
        return person.Id;
    }

    private async Task<string> UniquePersonSlugAsync(string wanted, CancellationToken ct)
    {
        if (wanted.Length == 0) wanted = "author";
        var slug = wanted;
        for (var i = 2; await db.People.AnyAsync(p => p.Slug == slug, ct); i++) slug = $"{wanted}-{i}";
        return slug;
    }

    private async Task ImportTermAsync(WxrTerm term, CancellationToken ct)
    {
        if (term.Taxonomy is "nav_menu" or "link_category" || WxrTranslations.IsInternalTaxonomy(term.Taxonomy)) return;
        var slug = Slug.Normalize(term.Slug);
        var name = System.Net.WebUtility.HtmlDecode(term.Name);
        var key = $"{term.Taxonomy}:{slug}";
        if (_run.Terms.ContainsKey(key)) return;
        var parentSlug = term.ParentSlug is null ? null : Slug.Normalize(term.ParentSlug);
        switch (term.Taxonomy)
        {
            case "category":
                var parent = parentSlug is not null && _run.Terms.TryGetValue($"category:{parentSlug}", out var pid) ? await db.Categories.FindAsync([pid], ct) : null;
                var category = await writer.FindOrCreateCategoryAsync(name, slug, parent, ct);
                category.Description ??= term.Description;
                await SaveAsync(ct);
                _run.Terms[key] = category.Id;
                await KeepAsync($"/?cat={term.Id}", RedirectTarget.Category, category.Id, ct);
                if (parentSlug is not null) await KeepAsync($"/category/{parentSlug}/{slug}", RedirectTarget.Category, category.Id, ct);
                break;
            case "post_tag":
                var tag = await writer.FindOrCreateTagAsync(name, slug, ct);
                await SaveAsync(ct);
                _run.Terms[key] = tag.Id;
                await KeepAsync($"/?tag={slug}", RedirectTarget.Tag, tag.Id, ct);
                // WordPress addresses a tag by slug but its REST API by id: the WordPress routes answer with this one.
                if (term.Id.Length > 0) await RecordImportedAsync("tag", term.Id, null, tag.Id, null, ct);
                break;
            default:
                var other = db.Terms.Local.FirstOrDefault(t => t.Taxonomy == term.Taxonomy && t.Slug == slug)
                    ?? await db.Terms.FirstOrDefaultAsync(t => t.Taxonomy == term.Taxonomy && t.Slug == slug, ct);
                if (other is null)
                {
                    int? parentId = parentSlug is not null && _run.Terms.TryGetValue($"{term.Taxonomy}:{parentSlug}", out var tp) ? tp : null;
                    other = new Term { Taxonomy = term.Taxonomy, Name = name, Slug = slug, ParentId = parentId };
                    db.Terms.Add(other);
                    await SaveAsync(ct);
                }
                _run.Terms[key] = other.Id;
                break;
        }
    }

    private async Task ImportAttachmentAsync(WxrItem item, CancellationToken ct)
    {
        var hash = Hash(item);
        var path = UploadPathOf(item);
        var alt = item.MetaValue("_wp_attachment_image_alt") is { Length: > 0 } a ? a : null;
        var imported = await FindImportedAsync("attachment", item.PostId, ct);
        var existing = imported is null ? null : await db.Media.FindAsync([imported.TargetId], ct);
        if (existing is not null && imported!.ContentHash == hash)
        {
            _run.Report.Unchanged++;
            Remember(item, path, existing);
            return;
        }
        await using var file = path is null ? null : _run.Uploads?.Open(path);
        // Missing files were listed by the planning pass already.
        if (file is null) return;
        MediaItem stored;
        try
        {
            stored = existing ?? await media.SaveAsync(file, Path.GetFileName(path!), alt, _run.Options.ImportedById, ct);
        }
        catch (MediaRejectedException e)
        {
            _run.Report.MediaRejected.Add($"{path}: {e.Reason}");
            return;
        }
        stored.AltText = alt;
        stored.Title = item.Title;
        if (existing is null) _run.Report.Created++;
        else _run.Report.Updated++;
        _run.Report.MediaImported++;
        Remember(item, path, stored);
        _run.AfterSave.Add(async c =>
        {
            await RecordImportedAsync("attachment", item.PostId, item.Guid, stored.Id, hash, c);
            foreach (var old in OldAddresses(item)) await KeepAsync(old, RedirectTarget.Media, stored.Id, c);
        });
    }

    private void Remember(WxrItem item, string? path, MediaItem stored)
    {
        var reference = new WordPressContent.MediaRef(Urls.Media(stored.StoragePath), stored.AltText);
        _run.Attachments[item.PostId] = (stored, reference);
        if (path is not null) _run.UploadPaths[path] = reference;
    }

    /// <summary>The file's path under wp-content/uploads, from _wp_attached_file or the attachment URL.</summary>
    internal static string? UploadPathOf(WxrItem item)
    {
        if (item.MetaValue("_wp_attached_file") is { Length: > 0 } attached) return attached.TrimStart('/');
        var url = item.AttachmentUrl ?? item.Guid;
        var at = url?.IndexOf("/uploads/", StringComparison.OrdinalIgnoreCase) ?? -1;
        return at < 0 ? null : Uri.UnescapeDataString(url![(at + "/uploads/".Length)..]);
    }
}
