using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.Extensions.Localization;
using Qalam.Caching;
using Qalam.Content;
using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

/// <summary>
/// An earlier text of a corrected statement at its own lasting address, for readers who quoted it: marked as superseded,
/// pointing to the current text, and kept out of search results (the statement's own address is the canonical one).
/// </summary>
public sealed class StatementVersionModel(OrganisationQueries queries, IStringLocalizer<OrganisationStrings> s) : SitePageModel
{
    protected override bool SameInEveryLanguage => false;
    public StatementVersionView Version { get; private set; } = null!;
    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync(int year, int number, int version, CancellationToken ct)
    {
        var found = await queries.FindStatementVersionAsync(year, number, version, ct);
        if (found is null) return NotFound();
        Version = found;
        HttpContext.Tag(PageTags.Page(found.Statement.PostId), ContentKeys.Post(found.Statement.PostId), ContentKeys.Statements);
        CanonicalPath = OrganisationUrls.Statement(year, number);
        NoIndex = true;
        Response.Headers["X-Robots-Tag"] = "noindex";
        Heading = StatementTitles.Heading(number, year, Site, s, Language);
        var label = string.Format(CultureInfo.InvariantCulture, s["VersionHeading"], Site.Digits(version.ToString(CultureInfo.InvariantCulture), Language));
        PageTitle = $"{StatementTitles.Numbered(found.Title, number, year, Site, s, Language)} – {label}";
        return Page();
    }
}
