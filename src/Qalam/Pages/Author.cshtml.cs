using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Qalam.Content;

namespace Qalam.Pages;

public sealed class AuthorModel(ContentQueries content) : SitePageModel
{
    public AuthorProfile Author { get; private set; } = null!;
    public PageOf<PostSummary> Posts { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var (canonical, isCanonical) = Canonical(slug);
        var author = await content.FindAuthorAsync(canonical, ct);
        if (author is null) return await NotFoundOrRedirectAsync();
        if (!isCanonical) return RedirectPermanent(Urls.Page(Urls.Author(canonical), PageNumber(page)));
        Author = author;
        var number = PageNumber(page);
        HttpContext.Tag(ContentKeys.Author(author.Slug), PageTags.List(ContentKeys.Author(author.Slug)));
        Posts = await content.ListByAuthorAsync(author.Id, number, Settings.PostsPerPage, ct);
        if (number > 1 && Posts.Items.Count == 0) return NotFound();
        PageTitle = author.Name;
        Description = author.Bio;
        CanonicalPath = Urls.Page(Urls.Author(author.Slug), number);
        OpenGraphType = "profile";
        // An archive with nothing in this language offers no (empty) feed.
        if (Posts.TotalCount > 0)
        {
            FeedLinks.Add((author.Name, Urls.Author(author.Slug) + "/feed", "application/rss+xml"));
            FeedLinks.Add((author.Name, Urls.Author(author.Slug) + "/feed/atom", "application/atom+xml"));
        }
        StructuredData.Add(new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = "Person",
            ["name"] = author.Name,
            ["description"] = author.Bio,
            ["url"] = AbsoluteUrl(Urls.Author(author.Slug)),
        });
        return Page();
    }
}
