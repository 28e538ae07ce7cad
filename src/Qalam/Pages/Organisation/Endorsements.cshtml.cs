using Qalam.Organisation;

namespace Qalam.Pages.Organisation;

public sealed class EndorsementsModel(OrganisationQueries queries, Microsoft.Extensions.Localization.IStringLocalizer<OrganisationStrings> s) : SitePageModel
{
    public PartnerKind? Kind { get; private set; }
    public IReadOnlyList<EndorsementCard> Items { get; private set; } = [];

    public async Task OnGetAsync(string? kind, CancellationToken ct)
    {
        Kind = Enum.TryParse<PartnerKind>(kind, out var k) && Enum.IsDefined(k) ? k : null;
        Items = await queries.ListEndorsementsAsync(Kind, ct: ct);
        PageTitle = s["EndorsementsHeading"];
        CanonicalPath = Kind is null ? OrganisationUrls.Endorsements : $"{OrganisationUrls.Endorsements}?kind={Kind}";
    }
}
