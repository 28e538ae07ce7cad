using Qalam.Content;
using Qalam.Caching;
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
        HttpContext.Tag(ContentKeys.Endorsements, PageTags.Kind(PostKind.Endorsement));
        foreach (var item in Items) HttpContext.Tag(ContentKeys.Post(item.PostId), ContentKeys.Partner(item.Partner.Id));
        PageTitle = s["EndorsementsHeading"];
        CanonicalPath = Kind is null ? OrganisationUrls.Endorsements : $"{OrganisationUrls.Endorsements}?kind={Kind}";
    }
}
