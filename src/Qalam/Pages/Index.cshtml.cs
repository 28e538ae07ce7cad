using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Qalam.Content;
using Qalam.Localization;
using Qalam.Organisation;
using Microsoft.Extensions.Localization;

namespace Qalam.Pages;

/// <summary>
/// The home page: the sections editors chose, in their order (<see cref="HomeSection"/>); each is read only when shown.
/// Page 2 and on (/?page=2) are the older pages of the latest posts.
/// </summary>
public sealed class IndexModel(ContentQueries content, OrganisationQueries organisation, IStringLocalizer<Strings> t) : SitePageModel
{
    private const int EndorsementsShown = 3;
    private const int DocumentsShown = 4;

    public IReadOnlyList<string> Sections { get; private set; } = [HomeSection.News];
    public PageOf<PostSummary>? Posts { get; private set; }
    public PostSummary? Statement { get; private set; }
    public IReadOnlyList<EndorsementCard> Endorsements { get; private set; } = [];
    public IReadOnlyList<PartnerCard> Partners { get; private set; } = [];
    public IReadOnlyList<TransparencyItem> Documents { get; private set; } = [];
    public int PageNumberShown { get; private set; } = 1;
    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var number = PageNumberShown = PageNumber(page);
        HttpContext.Tag(PageTags.Home);
        if (number > 1)
        {
            Posts = await content.ListLatestAsync(number, Settings.PostsPerPage, ct);
            if (Posts.Items.Count == 0) return NotFound();
        }
        else
        {
            // A home with no section chosen would be empty: it shows the latest posts.
            var chosen = HomeSection.Parse(Settings.HomeSections);
            Sections = chosen.Count == 0 ? [HomeSection.News] : chosen;
            foreach (var section in Sections) await LoadAsync(section, ct);
        }
        Heading = number == 1 ? SiteName : string.Format(t["LatestPostsPage"], Site.FormatNumber(number));
        PageTitle = number == 1 ? "" : Heading;
        Description = Site.Tagline(RequestLanguage);
        CanonicalPath = Urls.Page("/", number);
        FeedLinks.Add((SiteName, "/feed", "application/rss+xml"));
        FeedLinks.Add((SiteName, "/feed/atom", "application/atom+xml"));
        StructuredData.Add(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = SiteName,
            ["url"] = AbsoluteUrl("/"),
            ["description"] = Description,
        });
        return Page();
    }

    /// <summary>Reads one section and tags the page with what it shows, so a change to any of them refreshes the home.</summary>
    private async Task LoadAsync(string section, CancellationToken ct)
    {
        switch (section)
        {
            case HomeSection.News:
                Posts = await content.ListLatestAsync(1, Settings.PostsPerPage, ct);
                break;
            case HomeSection.Statement:
                HttpContext.Tag(ContentKeys.Statements, PageTags.Kind(PostKind.Statement));
                Statement = (await content.ListLatestOfKindAsync(PostKind.Statement, 1, ct)).FirstOrDefault(p => p.Statement is not null);
                if (Statement is not null) HttpContext.Shows(Statement);
                break;
            case HomeSection.Endorsements:
                HttpContext.Tag(ContentKeys.Endorsements, PageTags.Kind(PostKind.Endorsement));
                Endorsements = await organisation.ListEndorsementsAsync(take: EndorsementsShown, ct: ct);
                foreach (var e in Endorsements) HttpContext.Tag(ContentKeys.Post(e.PostId), ContentKeys.Partner(e.Partner.Id));
                break;
            case HomeSection.Partners:
                HttpContext.Tag(ContentKeys.Partners);
                Partners = await organisation.ListPartnersAsync(ct);
                break;
            case HomeSection.Transparency:
                HttpContext.Tag(ContentKeys.Transparency);
                Documents = (await organisation.ListTransparencyAsync(ct: ct)).Take(DocumentsShown).ToList();
                break;
        }
    }
}
