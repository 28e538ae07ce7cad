using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Localization;

namespace Qalam.Pages.Admin.Posts;

/// <summary>The editor's side of «ترجمة»: the language choice, the post's translations, «أضف ترجمة», the original beside a translation.</summary>
public sealed partial class EditModel
{
    /// <summary>The original's text, shown read-only beside its translation.</summary>
    public sealed record OriginalView(int Id, string Title, string BodyHtml, Language Language);

    /// <summary>The site's languages, and the post's own when the site does not list it (an imported post keeps what it is).</summary>
    public IReadOnlyList<Language> LanguageChoices { get; private set; } = [];
    public TranslationGroup? Group { get; private set; }
    /// <summary>The languages «أضف ترجمة» offers: the site's that the group has no post in, when the person may translate.</summary>
    public IReadOnlyList<Language> Missing { get; private set; } = [];
    public OriginalView? Original { get; private set; }

    /// <summary>«أضف ترجمة»: a draft in the chosen language linked to this post, then its editor.</summary>
    public async Task<IActionResult> OnPostTranslateAsync(string id, string? language, CancellationToken ct)
    {
        await site.GetSettingsAsync(ct);
        var post = ParseId(id) is { } postId ? await LoadAsync(postId, ct) : null;
        if (post is null || !PostRights.CanSee(User, post.AuthorId)) return NotFound();
        // Checked here whatever the page offered: the form can be forged.
        if (!CanTranslate(post)) return Forbid();
        Form = PostForm.From(post, site);
        if (languages.Find(language) is not { } chosen)
        {
            ModelState.AddModelError("language", string.Format(t["LanguageUnknown"], language));
            return await ShowAsync(ct, post, StatusCodes.Status400BadRequest);
        }
        var draft = await writer.AddTranslationAsync(post, chosen.Code, CurrentUserId ?? 0, ct);
        if (draft is null)
        {
            db.ChangeTracker.Clear();
            post = await LoadAsync(post.Id, ct);
            if (post is null) return NotFound();
            ModelState.AddModelError("language", string.Format(t["TranslationExists"], chosen.NativeName));
            return await ShowAsync(ct, post, StatusCodes.Status409Conflict);
        }
        Flash = string.Format(t["TranslationAdded"], chosen.NativeName);
        return Redirect($"/admin/posts/{draft.Id}");
    }

    /// <summary>
    /// Brings a trashed translation back as a draft, from the editor of another post of its group: a trashed post keeps
    /// its language's place, so this is how that language is worked on again. Then its editor.
    /// </summary>
    public async Task<IActionResult> OnPostRestoreTranslationAsync(string id, int translation, CancellationToken ct)
    {
        var post = ParseId(id) is { } postId ? await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == postId, ct) : null;
        var trashed = await db.Posts.FirstOrDefaultAsync(p => p.Id == translation, ct);
        if (post is null || trashed is null || !PostRights.CanSee(User, post.AuthorId) || !PostRights.CanSee(User, trashed.AuthorId)
            || trashed.TranslationGroupId is null || trashed.TranslationGroupId != post.TranslationGroupId) return NotFound();
        if (!CanRestore(trashed.Status, trashed.AuthorId, trashed.Kind)) return Forbid();
        await writer.MoveAsync([trashed], PostStatus.Draft, ct);
        Flash = string.Format(t["RestoredFromTrash"], trashed.Title);
        return Redirect($"/admin/posts/{trashed.Id}");
    }

    public bool CanRestoreMember(TranslationMember member) => CanRestore(member.Status, member.AuthorId, member.Kind);

    private bool CanRestore(PostStatus status, int authorId, PostKind kind) => status == PostStatus.Trash && PostRights.CanUseKind(User, kind)
        && PostRights.CanMoveTo(User, authorId, status, PostStatus.Draft);

    /// <summary>Whoever may edit the post and create posts of its kind may start a translation of it.</summary>
    private bool CanTranslate(Post post) => PostRights.CanEdit(User, post.AuthorId, post.Status) && PostRights.CanUseKind(User, post.Kind);

    /// <summary>The form's language: one the site lists (or the post's own, unchanged), and not one its group has already.</summary>
    private async Task CheckLanguageAsync(Post post, CancellationToken ct)
    {
        if (string.IsNullOrWhiteSpace(Form.Language)) Form.Language = post.Id == 0 ? languages.Default.Code : post.Language;
        if (languages.Find(Form.Language) is { } chosen) Form.Language = chosen.Code;
        else if (post.Id == 0 || Form.Language != post.Language)
        {
            ModelState.AddModelError("Form.Language", string.Format(t["LanguageUnknown"], Form.Language));
            return;
        }
        if (post.TranslationGroupId is { } group && Form.Language != post.Language && await writer.HasLanguageAsync(group, Form.Language, post.Id, ct))
        {
            ModelState.AddModelError("Form.Language", string.Format(t["TranslationExists"], languages.Of(Form.Language).NativeName));
        }
    }

    private async Task LoadTranslationsAsync(Post? post, CancellationToken ct)
    {
        var current = languages.Find(Form.Language) is null && !string.IsNullOrEmpty(Form.Language) ? [Language.For(Form.Language)] : Array.Empty<Language>();
        LanguageChoices = [.. languages.All, .. current];
        if (post is null || post.Id == 0) return;
        var self = new TranslationMember(post.Id, post.TranslationGroupId ?? post.Id, post.Language, post.Title, post.Status, post.Kind, post.AuthorId, post.UpdatedUtc);
        Group = post.TranslationGroupId is { } g && (await Translations.GroupsAsync(db, [g], ct)).TryGetValue(g, out var group) ? group : TranslationGroup.Alone(self);
        Missing = CanTranslate(post) ? Group.Missing(languages) : [];
        // A draft original is shown only to those who may open it; a published one anyone can read.
        if (Group.Original is { } o && o.Id != post.Id && (PostRights.CanSee(User, o.AuthorId) || o.Status == PostStatus.Published))
        {
            var original = await db.Posts.AsNoTracking().Where(p => p.Id == o.Id).Select(p => new { p.Title, p.BodyHtml, p.Language }).FirstAsync(ct);
            Original = new OriginalView(o.Id, original.Title, original.BodyHtml, languages.Of(original.Language));
        }
    }

    public bool CanEditMember(TranslationMember member) => PostRights.CanEdit(User, member.AuthorId, member.Status) && PostRights.CanUseKind(User, member.Kind);

    public Language LanguageOf(string code) => languages.Of(code);
}
