using Qalam.Content;
using Qalam.Caching;
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
        // Which posts mention a partner can change with any publication, so its page goes with the home page.
        HttpContext.Tag(ContentKeys.Partner(view.Partner.Id), ContentKeys.Endorsements, PageTags.Home);
        HttpContext.Shows(view.Mentions);
        foreach (var item in view.Endorsements) HttpContext.Tag(ContentKeys.Post(item.PostId));
        PageTitle = Texts.Name(TextSubject.Partner, view.Partner.Id, view.Partner.Name);
        Description = Texts.Find(TextSubject.Partner, view.Partner.Id, TextField.Description) ?? view.Partner.Description;
        CanonicalPath = OrganisationUrls.Partner(view.Partner.Slug);
        return Page();
    }
}
