using Qalam.Content;
using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

public sealed class StatementsModel(OrganisationQueries queries, Microsoft.Extensions.Localization.IStringLocalizer<OrganisationStrings> s) : SitePageModel
{
    public int? Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<StatementSummary> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        HttpContext.Tag(ContentKeys.Statements, PageTags.Kind(PostKind.Statement));
        var all = await queries.ListStatementsAsync(ct: ct);
        Years = all.Select(x => x.Year).Distinct().ToList();
        Year = year;
        Items = year is { } y ? all.Where(x => x.Year == y).ToList() : all;
        if (year is not null && Items.Count == 0) return NotFound();
        PageTitle = year is { } t ? string.Format(System.Globalization.CultureInfo.InvariantCulture, s["StatementsOfYear"], t) : s["StatementsHeading"];
        CanonicalPath = year is { } c ? OrganisationUrls.StatementYear(c) : OrganisationUrls.Statements;
        // A year may have no statement in another language: there the switcher leads to that language's home.
        if (year is not null) AddEquivalent(RequestLanguage.Code, CanonicalHref!);
        return Page();
    }
}
