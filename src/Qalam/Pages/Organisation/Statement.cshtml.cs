using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

/// <summary>What the statement partial needs: the statement, its signature lines, and the site for dates and digits.</summary>
public sealed record StatementPanel(StatementView Statement, IReadOnlyList<string> SignatureLines, SiteContext Site, bool WithBody);

public sealed class StatementModel(OrganisationQueries queries, IStringLocalizer<OrganisationStrings> s) : SitePageModel
{
    public StatementPanel Panel { get; private set; } = null!;
    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int year, int number, CancellationToken ct)
    {
        var statement = await queries.FindStatementAsync(year, number, ct);
        if (statement is null) return NotFound();
        HttpContext.Tag(PageTags.Page(statement.PostId), ContentKeys.Post(statement.PostId), ContentKeys.Statements);
        Panel = new StatementPanel(statement, StatementDocuments.SignatureLines(statement, Settings, Site), Site, WithBody: true);
        Heading = StatementTitles.Heading(number, year, Site, s);
        PageTitle = StatementTitles.Numbered(statement.Title, number, year, Site, s);
        Description = PostBody.Summarise(statement.BodyHtml, 200);
        CanonicalPath = OrganisationUrls.Statement(year, number);
        OpenGraphType = "article";
        ImagePath = ShareCardPath(statement.PostId, statement.Title, PostKind.Statement, statement.Language);
        return Page();
    }
}
