using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Qalam.Content;
using Qalam.Localization;
using Microsoft.Extensions.Localization;

namespace Qalam.Pages;

public sealed class IndexModel(ContentQueries content, IStringLocalizer<Strings> t) : SitePageModel
{
    public PageOf<PostSummary> Posts { get; private set; } = null!;
    public string Heading { get; private set; } = "";

    public async Task<IActionResult> OnGetAsync([FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var number = PageNumber(page);
        Posts = await content.ListLatestAsync(number, Settings.PostsPerPage, ct);
        if (number > 1 && Posts.Items.Count == 0) return NotFound();
        HttpContext.Tag(PageTags.Home);
        Heading = number == 1 ? t["LatestPosts"] : string.Format(t["LatestPostsPage"], Site.FormatNumber(number));
        PageTitle = number == 1 ? "" : Heading;
        Description = Settings.Tagline;
        CanonicalPath = Urls.Page("/", number);
        FeedLinks.Add((Settings.Name, "/feed", "application/rss+xml"));
        FeedLinks.Add((Settings.Name, "/feed/atom", "application/atom+xml"));
        StructuredData.Add(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Organization",
            ["name"] = Settings.Name,
            ["url"] = AbsoluteUrl("/"),
            ["description"] = Settings.Tagline,
        });
        return Page();
    }
}
