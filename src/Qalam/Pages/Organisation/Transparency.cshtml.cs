using Qalam.Content;
using Qalam.Caching;
using System.Globalization;
using Microsoft.AspNetCore.Mvc;
using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

public sealed class TransparencyModel(OrganisationQueries queries, Microsoft.Extensions.Localization.IStringLocalizer<OrganisationStrings> s) : SitePageModel
{
    public int? Year { get; private set; }
    public IReadOnlyList<int> Years { get; private set; } = [];
    public IReadOnlyList<TransparencyItem> Items { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(int? year, CancellationToken ct)
    {
        HttpContext.Tag(ContentKeys.Transparency);
        Items = await queries.ListTransparencyAsync(year, ct);
        Year = year;
        if (year is not null && Items.Count == 0) return NotFound();
        // The overview runs from the first year with a document to now, so a year with nothing shows as a row of gaps.
        var now = Site.ToLocal(Site.Now).Year;
        var first = Items.Count == 0 ? now : Math.Min(now, Items.Min(d => d.Year));
        Years = Enumerable.Range(first, now - first + 1).Reverse().ToList();
        PageTitle = year is { } y ? string.Format(CultureInfo.InvariantCulture, s["TransparencyOfYear"], y) : s["TransparencyHeading"];
        CanonicalPath = year is { } c ? OrganisationUrls.TransparencyYear(c) : OrganisationUrls.Transparency;
        return Page();
    }
}
