using Microsoft.AspNetCore.Mvc;
using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

public sealed class PartnerModel(OrganisationQueries queries) : SitePageModel
{
    public PartnerPage View { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var (canonical, isCanonical) = Canonical(slug);
        var view = await queries.FindPartnerAsync(canonical, ct);
        if (view is null) return NotFound();
        if (!isCanonical) return RedirectPermanent(OrganisationUrls.Partner(canonical));
        View = view;
        PageTitle = view.Partner.Name;
        Description = view.Partner.Description;
        CanonicalPath = OrganisationUrls.Partner(view.Partner.Slug);
        return Page();
    }
}
