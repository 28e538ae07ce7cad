using Qalam.Content;
using Qalam.Caching;
using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

public sealed class PartnersModel(OrganisationQueries queries, Microsoft.Extensions.Localization.IStringLocalizer<OrganisationStrings> s) : SitePageModel
{
    public IReadOnlyList<PartnerCard> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct)
    {
        HttpContext.Tag(ContentKeys.Partners);
        Items = await queries.ListPartnersAsync(ct);
        PageTitle = s["PartnersHeading"];
        CanonicalPath = OrganisationUrls.Partners;
    }
}
