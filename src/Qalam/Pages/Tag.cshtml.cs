using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Qalam.Content;

namespace Qalam.Pages;

public sealed class TagModel(ContentQueries content) : SitePageModel
{
    public Tag Tag { get; private set; } = null!;
    public PageOf<PostSummary> Posts { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var (canonical, isCanonical) = Canonical(slug);
        var tag = await content.FindTagAsync(canonical, ct);
        if (tag is null) return await NotFoundOrRedirectAsync();
        if (!isCanonical) return RedirectPermanent(Urls.Page(Urls.Tag(canonical), PageNumber(page)));
        Tag = tag;
        var number = PageNumber(page);
        HttpContext.Tag(ContentKeys.Tag(tag.Slug), PageTags.List(ContentKeys.Tag(tag.Slug)));
        Posts = await content.ListByTagAsync(tag.Id, number, Settings.PostsPerPage, ct);
        // A tag that only unpublished posts carry (a draft's hashtag) must not reveal itself.
        if (number > 1 && Posts.Items.Count == 0 || Posts.TotalCount == 0 && !await content.IsTagPublicAsync(tag.Id, ct)) return NotFound();
        var name = "#" + Texts.Name(TextSubject.Tag, tag.Id, tag.Name);
        PageTitle = name;
        CanonicalPath = Urls.Page(Urls.Tag(tag.Slug), number);
        // An archive with nothing in this language offers no (empty) feed.
        if (Posts.TotalCount > 0)
        {
            FeedLinks.Add((name, Urls.Tag(tag.Slug) + "/feed", "application/rss+xml"));
            FeedLinks.Add((name, Urls.Tag(tag.Slug) + "/feed/atom", "application/atom+xml"));
        }
        return Page();
    }
}
