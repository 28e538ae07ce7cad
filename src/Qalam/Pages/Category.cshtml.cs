using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Qalam.Content;

namespace Qalam.Pages;

public sealed class CategoryModel(ContentQueries content) : SitePageModel
{
    public CategoryView Category { get; private set; } = null!;
    public PageOf<PostSummary> Posts { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string slug, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var (canonical, isCanonical) = Canonical(slug);
        var category = await content.FindCategoryAsync(canonical, ct);
        if (category is null) return await NotFoundOrRedirectAsync();
        if (!isCanonical) return RedirectPermanent(Urls.Page(Urls.Category(canonical), PageNumber(page)));
        Category = category;
        var number = PageNumber(page);
        HttpContext.Tag(ContentKeys.Category(category.Slug), PageTags.List(ContentKeys.Category(category.Slug)));
        if (category.Parent is { } parent) HttpContext.Tag(ContentKeys.Category(parent.Slug));
        Posts = await content.ListByCategoryAsync(category.Id, number, Settings.PostsPerPage, ct);
        if (number > 1 && Posts.Items.Count == 0) return NotFound();
        var name = Texts.Name(TextSubject.Category, category.Id, category.Name);
        PageTitle = name;
        Description = Texts.Text(TextSubject.Category, category.Id, TextField.Description, category.Description ?? "") is { Length: > 0 } d ? d : null;
        CanonicalPath = Urls.Page(Urls.Category(category.Slug), number);
        // An archive with nothing in this language offers no (empty) feed.
        if (Posts.TotalCount > 0)
        {
            FeedLinks.Add((name, Urls.Category(category.Slug) + "/feed", "application/rss+xml"));
            FeedLinks.Add((name, Urls.Category(category.Slug) + "/feed/atom", "application/atom+xml"));
        }
        return Page();
    }
}
