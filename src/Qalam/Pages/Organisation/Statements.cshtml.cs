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
        // The year's list in each language that has a statement that year (each a hreflang alternate); in the others the
        // switcher leads to that language's home.
        if (year is { } listed)
        {
            var has = await queries.ListStatementYearLanguagesAsync(listed, ct);
            foreach (var language in Languages.All.Where(l => has.Contains(l.Code)))
            {
                AddEquivalent(language.Code, Languages.Path(language, OrganisationUrls.StatementYear(listed)));
            }
        }
        return Page();
    }
}
