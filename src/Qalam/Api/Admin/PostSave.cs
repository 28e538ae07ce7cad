using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;
using Qalam.Organisation;

namespace Qalam.Api.Admin;

/// <summary>
/// One create or update through the API, in the admin editor's order: rights for the post as it is, rights for the
/// kind asked for, a numbered statement's lock, validation, the version, then the writer. Mirrors
/// Pages/Admin/Posts/Edit so a token can do exactly what its person can do there.
/// </summary>
internal sealed class PostSave(HttpContext http, QalamDb db, PostWriter writer, SiteContext site)
{
    public async Task<IResult> RunAsync(Post post, AdminPostInput input, PostStatus target, CancellationToken ct)
    {
        var user = http.User;
        var settings = await site.GetSettingsAsync(ct);
        if (!PostRights.CanEdit(user, post.AuthorId, post.Status) || !PostRights.CanMoveTo(user, post.AuthorId, post.Status, target)
            || !PostRights.CanUseKind(user, post.Kind)) return Problem(403, "StatusNotAllowed");
        var kind = input.Kind is null ? post.Kind : AdminPostNames.KindOf(input.Kind);
        if (kind is null) return Problem(400, "InvalidKind");
        if (!PostRights.CanUseKind(user, kind.Value)) return Problem(403, "KindNotAllowed");
        if (post.Id != 0 && post.Kind == PostKind.Statement && kind != PostKind.Statement
            && await db.Statements.AnyAsync(s => s.PostId == post.Id && s.Number != null, ct)) return Problem(409, "StatementKindLocked");
        if (post.Id == 0 && string.IsNullOrWhiteSpace(input.Title) || input.Title is not null && string.IsNullOrWhiteSpace(input.Title)) return Problem(400, "TitleRequired");
        var language = input.Language is null ? null : LanguageOf(post, input.Language);
        if (input.Language is not null && language is null)
        {
            return Problem(400, "InvalidLanguage", input.Language, string.Join(", ", Languages.All.Select(l => l.Code)));
        }
        if (language is not null && language != post.Language && post.TranslationGroupId is { } group && await writer.HasLanguageAsync(group, language, post.Id, ct))
        {
            return Problem(409, "TranslationExists", language);
        }
        // The columns' limits (ContentConfiguration): PostgreSQL would refuse a longer value with a bare error.
        if (input.SeoTitle?.Trim().Length > 300 || input.SeoDescription?.Trim().Length > 600) return Problem(400, "SeoTooLong", 300, 600);
        if (input.FeaturedMediaId is { } media && !await Pages.Admin.Posts.ImageChoice.ExistsAsync(db, media, ct)) return Problem(400, "FeaturedImageInvalid");
        if (input.Status?.StartsWith("schedule", StringComparison.OrdinalIgnoreCase) == true && !(input.PublishAt > site.Now)) return Problem(400, "ScheduleNeedsTime");
        List<Category>? categories = null;
        if (input.CategoryIds is { } ids)
        {
            categories = await db.Categories.Where(c => ids.Contains(c.Id)).ToListAsync(ct);
            if (ids.Except(categories.Select(c => c.Id)).FirstOrDefault() is var missing && missing != 0) return Problem(400, "CategoryUnknown", missing);
        }
        int? version = null;
        if (post.Id != 0)
        {
            version = AdminApiJson.IfMatchVersion(http.Request) ?? input.Version;
            if (version is null) return Problem(428, "VersionRequired");
            if (version != post.Version) return Problem(412, "VersionStale", post.Version);
        }

        if (input.Title is not null) post.Title = input.Title.Trim();
        if (input.Excerpt is not null) post.Excerpt = PostBody.PlainText(input.Excerpt);
        if (language is not null) post.Language = language;
        // As the editor's form: blank clears, so the post's own title and excerpt are used again.
        if (input.SeoTitle is not null) post.SeoTitle = string.IsNullOrWhiteSpace(input.SeoTitle) ? null : input.SeoTitle.Trim();
        if (input.SeoDescription is not null) post.SeoDescription = string.IsNullOrWhiteSpace(input.SeoDescription) ? null : input.SeoDescription.Trim();
        post.Kind = kind.Value;
        if (input.FeaturedMediaId is not null) post.FeaturedMediaId = input.FeaturedMediaId;
        if (input.PublishAt is not null) post.PublishedUtc = input.PublishAt;
        if (categories is not null)
        {
            post.Categories.Clear();
            post.Categories.AddRange(categories);
        }
        if (input.Tags is { } tags)
        {
            post.Tags.Clear();
            foreach (var name in tags.Select(t => t.Trim()).Where(t => t.Length > 0).Distinct())
            {
                var slug = Slug.FromText(name);
                if (slug.Length > 0 && post.Tags.All(t => t.Slug != slug)) post.Tags.Add(await writer.FindOrCreateTagAsync(name, slug, ct));
            }
        }
        try
        {
            // The stored body is already clean; preparing it again when none was sent keeps one rule for every save.
            var edit = new PostEdit(input.BodyHtml ?? post.BodyHtml, Accounts.Policies.IdOf(user))
            {
                Slug = input.Slug ?? (post.Id == 0 ? "" : null), Transliterate = settings.TransliterateSlugs, ExpectedVersion = version,
            };
            await writer.SaveAsync(post, target, edit, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Problem(412, "VersionStale", "?");
        }
        catch (StatementLockedException)
        {
            return Problem(409, "StatementLocked");
        }
        catch (DbUpdateException e) when (Data.DatabaseErrors.IsConflict(e))
        {
            // Another client took the language in this group (or the slug) a moment before.
            db.ChangeTracker.Clear();
            return language is not null && post.TranslationGroupId is { } taken && await writer.HasLanguageAsync(taken, language, post.Id, ct)
                ? Problem(409, "TranslationExists", language) : Problem(409, "SaveCollided");
        }
        http.Response.Headers.ETag = AdminApiJson.ETag(post.Version);
        var view = AdminPostView.Of(post);
        return version is null ? TypedResults.Created($"/api/v1/admin/posts/{post.Id}", view) : TypedResults.Ok(view);
    }

    private Localization.Languages Languages => http.RequestServices.GetRequiredService<Localization.Languages>();

    /// <summary>One of the site's languages, or the post's own unchanged (an imported post keeps what it is); null for any other.</summary>
    private string? LanguageOf(Post post, string code) => Languages.Find(code)?.Code ?? (post.Id != 0 && code == post.Language ? code : null);

    private IResult Problem(int status, string code, params object[] args) => AdminApiProblems.Result(http, status, code, args);
}
