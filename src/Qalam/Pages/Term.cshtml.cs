using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Qalam.Content;

namespace Qalam.Pages;

/// <summary>/term/{taxonomy}/{slug}: the public posts of a term of an imported taxonomy, paged like a tag.</summary>
public sealed class TermModel(ContentQueries content) : SitePageModel
{
    public Term Term { get; private set; } = null!;
    public PageOf<PostSummary> Posts { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string taxonomy, string slug, [FromQuery(Name = "page")] int? page, CancellationToken ct)
    {
        var (canonical, isCanonical) = Canonical(slug);
        var term = await content.FindTermAsync(Slug.Normalize(taxonomy), canonical, ct);
        if (term is null) return NotFound();
        if (!isCanonical) return RedirectPermanent(Urls.Page(Urls.Term(term.Taxonomy, canonical), PageNumber(page)));
        Term = term;
        var number = PageNumber(page);
        HttpContext.Tag(ContentKeys.Term(term.Taxonomy, term.Slug), PageTags.List(ContentKeys.Term(term.Taxonomy, term.Slug)));
        Posts = await content.ListByTermAsync(term.Id, number, Settings.PostsPerPage, ct);
        // A term only unpublished posts carry must not reveal itself.
        if (Posts.TotalCount == 0 || (number > 1 && Posts.Items.Count == 0)) return NotFound();
        PageTitle = Texts.Name(TextSubject.Term, term.Id, term.Name);
        CanonicalPath = Urls.Page(Urls.Term(term.Taxonomy, term.Slug), number);
        return Page();
    }
}
