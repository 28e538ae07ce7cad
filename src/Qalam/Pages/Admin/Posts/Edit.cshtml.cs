using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Localization;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Posts;

public sealed partial class EditModel(QalamDb db, PostWriter writer, SiteContext site, IStringLocalizer<EditorialStrings> t, Languages languages) : AdminPageModel
{
    /// <summary>Another person's save that this form would have overwritten.</summary>
    public sealed record ConflictView(string Title, string BodyHtml, string? Excerpt, DateTimeOffset SavedUtc);

    [BindProperty] public PostForm Form { get; set; } = new();
    [BindProperty] public SaveIntent Intent { get; set; }
    public int? Id { get; private set; }
    public PostStatus Status { get; private set; } = PostStatus.Draft;
    public int AuthorId { get; private set; }
    public ConflictView? Conflict { get; private set; }
    /// <summary>Set when the post is a numbered statement: its text is locked, corrections go in its addenda.</summary>
    public int? LockedStatementId { get; private set; }
    public EditorOptions Options { get; private set; } = EditorOptions.Empty;
    public IReadOnlyList<ImageChoice> Images { get; private set; } = [];
    /// <summary>The post's public address when readers can open it: the editor links there after every save.</summary>
    public string? PublicUrl { get; private set; }
    public SiteContext Site => site;

    /// <param name="kind">For a new post, the kind to start with (the pages list's «صفحة جديدة» asks for a page).</param>
    public async Task<IActionResult> OnGetAsync(string id, PostKind? kind, CancellationToken ct)
    {
        var postId = ParseId(id);
        if (postId is null && id != "new") return NotFound();
        await site.GetSettingsAsync(ct);
        if (postId is null)
        {
            if (kind is { } k && Enum.IsDefined(k) && PostRights.CanUseKind(User, k)) Form.Kind = k;
            AuthorId = CurrentUserId ?? 0;
            Form.Language = languages.Default.Code;
            return await ShowAsync(ct);
        }
        var post = await LoadAsync(postId.Value, ct);
        // Someone else's post the person may not open answers as if it did not exist.
        if (post is null || !PostRights.CanSee(User, post.AuthorId)) return NotFound();
        if (!PostRights.CanEdit(User, post.AuthorId, post.Status) || !PostRights.CanUseKind(User, post.Kind)) return Forbid();
        Form = PostForm.From(post, site);
        return await ShowAsync(ct, post);
    }

    public async Task<IActionResult> OnPostAsync(string id, CancellationToken ct)
    {
        var settings = await site.GetSettingsAsync(ct);
        var postId = ParseId(id);
        if (postId is null && id != "new") return NotFound();
        var post = postId is null ? new Post { Title = "", Slug = "", AuthorId = CurrentUserId ?? 0 } : await LoadAsync(postId.Value, ct);
        if (post is null || !PostRights.CanSee(User, post.AuthorId)) return NotFound();
        var target = Target(post);
        if (!PostRights.CanEdit(User, post.AuthorId, post.Status) || !PostRights.CanMoveTo(User, post.AuthorId, post.Status, target)
            || !PostRights.CanUseKind(User, post.Kind)) return Forbid();
        if (!Enum.IsDefined(Form.Kind)) Form.Kind = PostKind.News;
        if (!PostRights.CanUseKind(User, Form.Kind))
        {
            ModelState.AddModelError("Form.Kind", t["KindNotAllowed"]);
            return await ShowAsync(ct, post, StatusCodes.Status403Forbidden);
        }
        if (post.Id != 0 && post.Kind == PostKind.Statement && Form.Kind != PostKind.Statement && await IsNumberedAsync(post.Id, ct))
        {
            ModelState.AddModelError("Form.Kind", t["StatementKindLocked"]);
            return await ShowAsync(ct, post, StatusCodes.Status409Conflict);
        }
        if (string.IsNullOrWhiteSpace(Form.Title)) ModelState.AddModelError("Form.Title", t["TitleRequired"]);
        if (!string.IsNullOrWhiteSpace(Form.PublishAt) && Form.PublishAtUtc(site) is null) ModelState.AddModelError("Form.PublishAt", t["PublishAtInvalid"]);
        await CheckLanguageAsync(post, ct);
        if (Form.FeaturedMediaId is { } media && !await ImageChoice.ExistsAsync(db, media, ct)) ModelState.AddModelError("Form.FeaturedMediaId", t["FeaturedImageInvalid"]);
        if (!ModelState.IsValid) return await ShowAsync(ct, post, StatusCodes.Status400BadRequest);
        if (post.Id != 0 && Form.Version != post.Version) return await ShowConflictAsync(post, ct);

        await ApplyAsync(post, ct);
        try
        {
            var edit = new PostEdit(Form.BodyHtml, CurrentUserId)
            {
                Slug = Form.Slug ?? "", Transliterate = settings.TransliterateSlugs, ExpectedVersion = post.Id == 0 ? null : Form.Version,
            };
            await writer.SaveAsync(post, target, edit, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            // Someone saved between our read and our write: show their text, keep ours.
            db.ChangeTracker.Clear();
            var current = await LoadAsync(post.Id, ct);
            return current is null ? NotFound() : await ShowConflictAsync(current, ct);
        }
        catch (StatementLockedException)
        {
            // A numbered statement's text is the organisation's word: the form keeps what was typed, the page says where corrections go.
            db.ChangeTracker.Clear();
            var current = await LoadAsync(post.Id, ct);
            return current is null ? NotFound() : await ShowAsync(ct, current, StatusCodes.Status409Conflict);
        }
        catch (DbUpdateException e) when (DatabaseErrors.IsConflict(e))
        {
            // Another editor took the language in this group (or the address) a moment before: one line, the form kept.
            db.ChangeTracker.Clear();
            return await ShowCollisionAsync(postId, ct);
        }
        Flash = t["Saved" + post.Status];
        return Redirect($"/admin/posts/{post.Id}");
    }

    /// <summary>Autosave from the editor script: drafts only, never over a newer version. Answers JSON.</summary>
    public async Task<IActionResult> OnPostAutosaveAsync(string id, CancellationToken ct)
    {
        var postId = ParseId(id);
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == postId, ct);
        if (post is null || !PostRights.CanSee(User, post.AuthorId)) return NotFound();
        if (!PostRights.CanEdit(User, post.AuthorId, post.Status) || !PostRights.CanUseKind(User, post.Kind)) return StatusCode(StatusCodes.Status403Forbidden);
        if (post.Status != PostStatus.Draft) return StatusCode(StatusCodes.Status409Conflict, new { saved = false, message = t["AutosaveDraftsOnly"].Value });
        if (Form.Version != post.Version) return StatusCode(StatusCodes.Status409Conflict, new { saved = false, message = t["AutosaveConflict"].Value });
        if (!string.IsNullOrWhiteSpace(Form.Title)) post.Title = Form.Title.Trim();
        post.Excerpt = PostBody.PlainText(Form.Excerpt);
        try
        {
            await writer.SaveAsync(post, PostStatus.Draft, new PostEdit(Form.BodyHtml, CurrentUserId) { ExpectedVersion = Form.Version }, ct);
        }
        catch (DbUpdateConcurrencyException)
        {
            return StatusCode(StatusCodes.Status409Conflict, new { saved = false, message = t["AutosaveConflict"].Value });
        }
        catch (StatementLockedException)
        {
            return StatusCode(StatusCodes.Status409Conflict, new { saved = false, message = t["StatementLocked"].Value });
        }
        await site.GetSettingsAsync(ct);
        var at = site.FormatDateTime(post.UpdatedUtc, UiLanguage);
        return new JsonResult(new { saved = true, version = post.Version, message = string.Format(t["AutosavedAt"], at) });
    }

    private PostStatus Target(Post post) => Intent switch
    {
        SaveIntent.Draft => PostStatus.Draft,
        SaveIntent.Review => PostStatus.PendingReview,
        SaveIntent.Publish => PostStatus.Published,
        SaveIntent.Private => PostStatus.Private,
        // "Save" keeps the status; a scheduled post stays scheduled (publishing it again would re-check its time).
        _ => post.Status == PostStatus.Scheduled ? PostStatus.Published : post.Status,
    };

    /// <summary>The plain fields; the writer prepares the text, the slug and the version.</summary>
    private async Task ApplyAsync(Post post, CancellationToken ct)
    {
        post.Title = Form.Title.Trim();
        post.Excerpt = PostBody.PlainText(Form.Excerpt);
        post.Language = Form.Language;
        post.Kind = Form.Kind;
        post.SeoTitle = Clean(Form.SeoTitle);
        post.SeoDescription = Clean(Form.SeoDescription);
        post.FeaturedMediaId = Form.FeaturedMediaId;
        var publishAt = Form.PublishAtUtc(site);
        if (publishAt is not null || post.Status is not (PostStatus.Published or PostStatus.Scheduled)) post.PublishedUtc = publishAt;
        var categoryIds = Form.CategoryIds.Distinct().ToList();
        post.Categories.Clear();
        post.Categories.AddRange(await db.Categories.Where(c => categoryIds.Contains(c.Id)).ToListAsync(ct));
        post.Tags.Clear();
        foreach (var name in Form.TagNames())
        {
            var slug = Qalam.Content.Slug.FromText(name);
            if (slug.Length > 0) post.Tags.Add(await writer.FindOrCreateTagAsync(name, slug, ct));
        }
    }

    private async Task<IActionResult> ShowCollisionAsync(int? postId, CancellationToken ct)
    {
        var current = postId is { } id ? await LoadAsync(id, ct) : new Post { Title = "", Slug = "", AuthorId = CurrentUserId ?? 0 };
        if (current is null) return NotFound();
        if (current.TranslationGroupId is { } group && Form.Language != current.Language && await writer.HasLanguageAsync(group, Form.Language, current.Id, ct))
        {
            ModelState.AddModelError("Form.Language", string.Format(t["TranslationExists"], languages.Of(Form.Language).NativeName));
        }
        else ModelState.AddModelError("", t["SaveCollided"]);
        return await ShowAsync(ct, current, StatusCodes.Status409Conflict);
    }

    private async Task<IActionResult> ShowConflictAsync(Post current, CancellationToken ct)
    {
        Conflict = new ConflictView(current.Title, current.BodyHtml, current.Excerpt, current.UpdatedUtc);
        // The person's own text stays in the form; saving again now is a deliberate choice over the newer version.
        Form.Version = current.Version;
        return await ShowAsync(ct, current, StatusCodes.Status409Conflict);
    }

    private async Task<IActionResult> ShowAsync(CancellationToken ct, Post? post = null, int status = StatusCodes.Status200OK)
    {
        Id = post?.Id is > 0 ? post.Id : null;
        Status = post?.Status ?? PostStatus.Draft;
        AuthorId = post?.AuthorId ?? CurrentUserId ?? 0;
        PageTitle = Id is null ? t["NewPost"] : t["EditPost"];
        LockedStatementId = Id is { } id && post!.Kind == PostKind.Statement && await IsNumberedAsync(id, ct) ? id : null;
        Options = await EditorOptions.LoadAsync(db, ct);
        Images = await ImageChoice.ListAsync(db, Form.FeaturedMediaId, ct);
        PublicUrl = Id is not null && ContentQueries.IsPublicAt(post!, site.Now) ? await PublicUrlAsync(post!, ct) : null;
        await LoadTranslationsAsync(post, ct);
        Response.StatusCode = status;
        return Page();
    }

    private async Task<string> PublicUrlAsync(Post post, CancellationToken ct)
    {
        var number = await db.Statements.AsNoTracking().Where(s => s.PostId == post.Id && s.Number != null && s.Year != null)
            .Select(s => new StatementNumber(s.Year!.Value, s.Number!.Value)).FirstOrDefaultAsync(ct);
        return Urls.Post(post.Slug, post.Language, number, languages);
    }

    private Task<bool> IsNumberedAsync(int id, CancellationToken ct) => db.Statements.AnyAsync(s => s.PostId == id && s.Number != null, ct);

    private Task<Post?> LoadAsync(int id, CancellationToken ct) =>
        db.Posts.Include(p => p.Categories).Include(p => p.Tags).FirstOrDefaultAsync(p => p.Id == id, ct);

    /// <summary>The route's id: a number, or "new" (null) for a post not saved yet.</summary>
    private static int? ParseId(string id) => int.TryParse(id, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : null;

    private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();

    public bool CanChoose(PostStatus to) => PostRights.CanMoveTo(User, AuthorId, Status, to);

    /// <summary>The kinds the form offers: those the person may use; a numbered statement stays a statement.</summary>
    public IEnumerable<PostKind> Kinds => LockedStatementId is null ? Enum.GetValues<PostKind>().Where(k => PostRights.CanUseKind(User, k)) : [PostKind.Statement];
}
