using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Qalam.Content;
using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

/// <summary>
/// What the statement partial needs: the statement, its signature lines, the site for dates and digits, and on the
/// statement's own page its permanent absolute address for the official-copy line.
/// </summary>
public sealed record StatementPanel(StatementView Statement, IReadOnlyList<string> SignatureLines, SiteContext Site, bool WithBody,
    string? OfficialUrl = null);

public sealed class StatementModel(OrganisationQueries queries, IStringLocalizer<OrganisationStrings> s) : SitePageModel
{
    protected override bool SameInEveryLanguage => false;
    public StatementPanel Panel { get; private set; } = null!;
    public string Heading { get; private set; } = "";
    public StatementDate Date { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, int number, CancellationToken ct)
    {
        var statement = await queries.FindStatementAsync(year, number, ct);
        var languages = await queries.ListStatementLanguagesAsync(year, number, ct);
        // Asked for in a language it has no text in: its original's address (a translation shares the number).
        if (statement is null) return languages.Count == 0 ? NotFound() : RedirectPermanent(Urls.InLanguage(Languages, languages[0], OrganisationUrls.Statement(year, number)));
        foreach (var language in languages) AddEquivalent(language, Urls.InLanguage(Languages, language, OrganisationUrls.Statement(year, number)));
        UseLanguage(statement.Language);
        HttpContext.Tag(PageTags.Page(statement.PostId), ContentKeys.Post(statement.PostId), ContentKeys.Statements);
        CanonicalPath = OrganisationUrls.Statement(year, number);
        Panel = new StatementPanel(statement, StatementDocuments.SignatureLines(statement, Settings, Site), Site, WithBody: true, AbsoluteUrl(CanonicalHref!));
        Heading = StatementTitles.Heading(number, year, Site, s, statement.Language);
        Date = StatementDocuments.Date(statement, Site);
        PageTitle = StatementTitles.Numbered(statement.Title, number, year, Site, s, statement.Language);
        Description = PostBody.Summarise(statement.BodyHtml, 200);
        OpenGraphType = "article";
        ImagePath = ShareCardPath(statement.PostId, statement.Title, PostKind.Statement, statement.Language);
        return Page();
    }
}
