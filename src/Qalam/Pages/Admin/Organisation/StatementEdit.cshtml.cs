using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Organisation;

/// <summary>Writing a statement until it is published; after that its text is locked (here and in <see cref="StatementLock"/>).</summary>
public sealed class StatementEditModel(QalamDb db, PostWriter writer, StatementPublisher publisher, IStringLocalizer<OrganisationStrings> s) : AdminPageModel
{
    [BindProperty(SupportsGet = true)] public int? Id { get; set; }
    [BindProperty] public string Title { get; set; } = "";
    [BindProperty] public string Body { get; set; } = "";
    [BindProperty] public string? SignatureBlock { get; set; }
    [BindProperty] public DateOnly? SignedOn { get; set; }
    public string? Error { get; private set; }
    public IReadOnlyList<Posts.EditorOptions.MediaChoice> Media { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        PageTitle = s["NavStatements"];
        Media = (await Posts.EditorOptions.LoadAsync(db, ct)).Media;
        if (Id is null)
        {
            SignatureBlock = await db.Settings.Select(x => x.SignatureBlock ?? x.Name).FirstOrDefaultAsync(ct);
            return Page();
        }
        var statement = await db.Statements.Include(x => x.Post).FirstOrDefaultAsync(x => x.PostId == Id && x.Post.Kind == PostKind.Statement, ct);
        if (statement is null) return NotFound();
        if (statement.Number is not null) return Redirect($"/admin/organisation/statements/manage/{Id}");
        (Title, Body, SignatureBlock, SignedOn) = (statement.Post.Title, statement.Post.BodyHtml, statement.SignatureBlock, statement.SignedOn);
        return Page();
    }

    public Task<IActionResult> OnPostSaveAsync(CancellationToken ct) => SaveAsync(publish: false, ct);

    public Task<IActionResult> OnPostPublishAsync(CancellationToken ct) => SaveAsync(publish: true, ct);

    private async Task<IActionResult> SaveAsync(bool publish, CancellationToken ct)
    {
        PageTitle = s["NavStatements"];
        Media = (await Posts.EditorOptions.LoadAsync(db, ct)).Media;
        if (string.IsNullOrWhiteSpace(Title) || string.IsNullOrWhiteSpace(PostBody.ToText(PostBody.Sanitize(StatementText.ToHtml(Body)))))
        {
            Error = s["Required"];
            Response.StatusCode = StatusCodes.Status400BadRequest;
            return Page();
        }
        try
        {
            if (!publish)
            {
                if (await SaveDraftAsync(ct) is not { } draftId) return NotFound();
                Flash = s["DraftSaved"];
                return Redirect($"/admin/organisation/statements/edit/{draftId}");
            }
            if (await publisher.SaveAndPublishAsync(SaveDraftAsync, ct) is not { } statement) return NotFound();
            var postId = statement.PostId;
            Flash = string.Format(System.Globalization.CultureInfo.InvariantCulture, s["StatementPublished"], statement.Number, statement.Year);
            return Redirect($"/admin/organisation/statements/manage/{postId}");
        }
        catch (StatementLockedException)
        {
            // What the editor typed stays on the screen; nothing was saved.
            Error = s["StatementLocked"];
            Response.StatusCode = StatusCodes.Status409Conflict;
            return Page();
        }
    }

    private async Task<int?> SaveDraftAsync(CancellationToken ct)
    {
        var statement = Id is { } id ? await db.Statements.Include(x => x.Post).FirstOrDefaultAsync(x => x.PostId == id && x.Post.Kind == PostKind.Statement, ct) : null;
        if (Id is not null && statement is null) return null;
        if (statement is null)
        {
            var post = new Post { Title = Title, Slug = "", Kind = PostKind.Statement, AuthorId = CurrentUserId!.Value };
            statement = new Statement { Post = post };
            db.Posts.Add(post);
            db.Statements.Add(statement);
        }
        var p = statement.Post;
        p.Title = Title.Trim();
        statement.SignatureBlock = string.IsNullOrWhiteSpace(SignatureBlock) ? null : SignatureBlock.Trim();
        statement.SignedOn = SignedOn;
        // The status stays: a draft stays a draft, a numbered statement is refused by its lock, not taken down.
        // What the rich editor sends is HTML; what was typed without it becomes paragraphs and lists.
        await writer.SaveAsync(p, p.Id == 0 ? PostStatus.Draft : p.Status, new PostEdit(StatementText.ToHtml(Body), CurrentUserId), ct);
        return p.Id;
    }
}
