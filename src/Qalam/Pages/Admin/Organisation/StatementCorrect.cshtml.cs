using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Data;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Organisation;

/// <summary>
/// Correcting a numbered statement (editors and above): the corrected text and a reason are published as its new
/// version, under the same number and address, through <see cref="StatementWriter.CorrectAsync"/>, the only path
/// <see cref="StatementLock"/> lets change a published statement's text.
/// </summary>
public sealed class StatementCorrectModel(QalamDb db, StatementWriter writer, IStringLocalizer<OrganisationStrings> s) : AdminPageModel
{
    public const int ReasonMaxLength = 500;

    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public string? Text { get; set; }
    [BindProperty] public string? Reason { get; set; }
    public Statement Statement { get; private set; } = null!;
    public string Heading { get; private set; } = "";
    public string? Error { get; private set; }
    public IReadOnlyList<Posts.EditorOptions.MediaChoice> Media { get; private set; } = [];

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        PageTitle = s["NavStatements"];
        var statement = await db.Statements.Include(x => x.Post).FirstOrDefaultAsync(x => x.PostId == Id && x.Number != null && x.Post.Kind == PostKind.Statement, ct);
        if (statement is null) return false;
        Statement = statement;
        Heading = string.Format(CultureInfo.InvariantCulture, s["StatementHeading"], statement.Number, statement.Year);
        Media = (await Posts.EditorOptions.LoadAsync(db, ct)).Media;
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Statement.WithdrawnUtc is not null) return Refuse(s["WithdrawnNotCorrected"], StatusCodes.Status409Conflict);
        Text = Statement.Post.BodyHtml;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Statement.WithdrawnUtc is not null) return Refuse(s["WithdrawnNotCorrected"], StatusCodes.Status409Conflict);
        var html = StatementText.ToHtml(Text);
        if (string.IsNullOrWhiteSpace(Reason) || string.IsNullOrWhiteSpace(PostBody.ToText(PostBody.Sanitize(html)))) return Refuse(s["CorrectionRequired"]);
        if (Reason.Trim().Length > ReasonMaxLength) return Refuse(s["CorrectionTooLong"]);
        if (!await writer.CorrectAsync(Statement, html, Reason, CurrentUserId, ct)) return Refuse(s["CorrectionUnchanged"]);
        var version = await db.StatementVersions.CountAsync(v => v.StatementPostId == Id, ct) + 1;
        Flash = string.Format(CultureInfo.InvariantCulture, s["CorrectionPublished"], version);
        return Redirect($"/admin/organisation/statements/manage/{Id}");
    }

    /// <summary>One line on the form, what was typed kept, nothing saved.</summary>
    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Refuse(string message, int status = StatusCodes.Status400BadRequest)
    {
        Error = message;
        Response.StatusCode = status;
        return Page();
    }
}
