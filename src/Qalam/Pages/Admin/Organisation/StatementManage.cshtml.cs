using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Localization;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.Organisation;

namespace Qalam.Pages.Admin.Organisation;

/// <summary>A published statement: its text is locked, so the only changes are dated addenda and withdrawal.</summary>
public sealed class StatementManageModel(QalamDb db, StatementWriter writer, SiteContext site, IStringLocalizer<OrganisationStrings> s) : AdminPageModel
{
    [BindProperty(SupportsGet = true)] public int Id { get; set; }
    [BindProperty] public string? Addendum { get; set; }
    [BindProperty] public string? Notice { get; set; }
    public Statement Statement { get; private set; } = null!;
    public string Title { get; private set; } = "";
    public string? Error { get; private set; }
    public SiteContext Site => site;

    private async Task<bool> LoadAsync(CancellationToken ct)
    {
        PageTitle = s["NavStatements"];
        var statement = await db.Statements.Include(x => x.Post).Include(x => x.Addenda).Include(x => x.Versions).FirstOrDefaultAsync(x => x.PostId == Id && x.Number != null, ct);
        if (statement is null) return false;
        // The dates of earlier versions are shown in the site's time zone.
        await site.GetSettingsAsync(ct);
        (Statement, Title) = (statement, statement.Post.Title);
        return true;
    }

    public async Task<IActionResult> OnGetAsync(CancellationToken ct) => await LoadAsync(ct) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddendumAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        var html = PostBody.Sanitize(StatementText.ToHtml(Addendum));
        if (string.IsNullOrWhiteSpace(PostBody.ToText(html))) return Invalid();
        await writer.AddAddendumAsync(Statement, html, CurrentUserId, ct);
        Flash = s["AddendumAdded"];
        return Redirect($"/admin/organisation/statements/manage/{Id}");
    }

    public async Task<IActionResult> OnPostWithdrawAsync(CancellationToken ct)
    {
        if (!await LoadAsync(ct)) return NotFound();
        if (Statement.WithdrawnUtc is not null) return Redirect($"/admin/organisation/statements/manage/{Id}");
        if (string.IsNullOrWhiteSpace(Notice)) return Invalid();
        await writer.WithdrawAsync(Statement, Notice, ct);
        Flash = s["Withdrawn"];
        return Redirect($"/admin/organisation/statements/manage/{Id}");
    }

    private Microsoft.AspNetCore.Mvc.RazorPages.PageResult Invalid()
    {
        Error = s["Required"];
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
