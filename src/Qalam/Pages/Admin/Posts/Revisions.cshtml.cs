using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Pages.Admin.Posts;

/// <summary>Every saved version of a post: compare any two word by word, restore any one (restoring is itself a save).</summary>
public sealed class RevisionsModel(QalamDb db, PostWriter writer, SiteContext site, IStringLocalizer<EditorialStrings> t) : AdminPageModel
{
    public sealed record Row(int Id, DateTimeOffset SavedUtc, string? SavedBy, string Title);

    public int PostId { get; private set; }
    public string PostTitle { get; private set; } = "";
    public IReadOnlyList<Row> Rows { get; private set; } = [];
    [BindProperty(SupportsGet = true)] public int? From { get; set; }
    [BindProperty(SupportsGet = true)] public int? To { get; set; }
    public IReadOnlyList<RevisionDiff.Segment>? Diff { get; private set; }
    public SiteContext Site => site;

    public async Task<IActionResult> OnGetAsync(int id, CancellationToken ct)
    {
        var post = await db.Posts.AsNoTracking().FirstOrDefaultAsync(p => p.Id == id, ct);
        // Someone else's post the person may not open answers as if it did not exist.
        if (post is null || !PostRights.CanSee(User, post.AuthorId)) return NotFound();
        await site.GetSettingsAsync(ct);
        PostId = id;
        PostTitle = post.Title;
        PageTitle = t["Revisions"];
        Rows = await db.Revisions.AsNoTracking().Where(r => r.PostId == id).OrderByDescending(r => r.SavedUtc).ThenByDescending(r => r.Id)
            .Select(r => new Row(r.Id, r.SavedUtc, db.People.Where(p => p.Id == r.SavedById).Select(p => p.DisplayName).FirstOrDefault(), r.Title))
            .ToListAsync(ct);
        if (Rows.Count >= 2)
        {
            From ??= Rows[1].Id;
            To ??= Rows[0].Id;
        }
        if (From is { } from && To is { } to)
        {
            var pair = await db.Revisions.AsNoTracking().Where(r => r.PostId == id && (r.Id == from || r.Id == to)).ToListAsync(ct);
            var older = pair.FirstOrDefault(r => r.Id == from);
            var newer = pair.FirstOrDefault(r => r.Id == to);
            if (older is not null && newer is not null) Diff = RevisionDiff.Compare(older, newer);
        }
        return Page();
    }

    public async Task<IActionResult> OnPostRestoreAsync(int id, int revisionId, CancellationToken ct)
    {
        var post = await db.Posts.FirstOrDefaultAsync(p => p.Id == id, ct);
        if (post is null || !PostRights.CanSee(User, post.AuthorId)) return NotFound();
        if (!PostRights.CanEdit(User, post.AuthorId, post.Status) || !PostRights.CanUseKind(User, post.Kind)) return Forbid();
        var revision = await db.Revisions.AsNoTracking().FirstOrDefaultAsync(r => r.Id == revisionId && r.PostId == id, ct);
        if (revision is null) return NotFound();
        await site.GetSettingsAsync(ct);
        try
        {
            await writer.RestoreAsync(post, revision, CurrentUserId, ct);
        }
        catch (Qalam.Organisation.StatementLockedException)
        {
            // A numbered statement keeps its text; the editor shows where corrections go instead.
            Flash = t["StatementLocked"];
            return Redirect($"/admin/posts/{id}");
        }
        Flash = string.Format(t["Restored"], site.FormatDateTime(revision.SavedUtc, UiLanguage));
        return Redirect($"/admin/posts/{id}");
    }
}
