using Qalam.Caching;
using Microsoft.AspNetCore.Mvc;
using Qalam.Content;

namespace Qalam.Pages;

public sealed class PostModel(ContentQueries content, Qalam.Comments.CommentQueries comments) : SitePageModel
{
    public PostView View { get; private set; } = null!;
    /// <summary>The featured image with its variants, for a responsive &lt;picture&gt;.</summary>
    public Media.ResponsiveImage? FeaturedImage { get; private set; }
    /// <summary>The post's terms of imported taxonomies (categories and tags are in <see cref="View"/>).</summary>
    public IReadOnlyList<TaxonomyTermRef> Terms { get; private set; } = [];
    /// <summary>Posts always show their comments; a page only when it takes comments or already has some.</summary>
    public bool ShowComments { get; private set; } = true;
    /// <summary>The post's public translation group, itself included; empty when it has no translation.</summary>
    public IReadOnlyList<Translation> Translations { get; private set; } = [];
    protected override bool SameInEveryLanguage => false;

    public async Task<IActionResult> OnGetAsync(string slug, CancellationToken ct)
    {
        var (canonical, isCanonical) = Canonical(slug);
        var view = await content.FindPublishedAsync(canonical, ct);
        if (view is null) return await NotFoundOrRedirectAsync();
        // A post lives at its language's address (an English one at /en/slug); asked for under another, it moves there.
        var own = Languages.Find(view.Post.Language) ?? Languages.Default;
        if (!isCanonical || view.Post.Statement is not null || own != RequestLanguage) return RedirectPermanent(Urls.Post(view.Post, Languages));
        View = view;
        var p = view.Post;
        UseLanguage(p.Language);
        Translations = await content.ListTranslationsAsync(view.TranslationGroupId, ct);
        foreach (var t in Translations) AddEquivalent(t.Post.Language, Urls.Post(t.Post, Languages));
        PageTitle = view.SeoTitle ?? p.Title;
        Description = view.SeoDescription ?? PostBody.Summarise(p.Excerpt ?? p.BodyHtml, 200);
        CanonicalPath = Urls.Post(p.Slug);
        OpenGraphType = p.Kind == PostKind.Page ? "website" : "article";
        ImagePath = p.FeaturedImagePath is null ? ShareCardPath(p.Id, p.Title, p.Kind, p.Language) : Urls.Media(p.FeaturedImagePath);
        FeaturedImage = p.FeaturedImagePath is null ? null : await content.FindImageAsync(p.FeaturedImagePath, ct);
        Terms = await content.ListTermsOfPostAsync(p.Id, ct);
        if (p.Kind == PostKind.Page) ShowComments = await PageTakesCommentsAsync(p, ct);
        TagForCache(view);
        FeedLinks.Add((SiteName, "/feed", "application/rss+xml"));
        var data = new Dictionary<string, object?>
        {
            ["@context"] = "https://schema.org",
            ["@type"] = p.Kind == PostKind.Page ? "WebPage" : "NewsArticle",
            ["headline"] = p.Title,
            ["inLanguage"] = p.Language,
            ["datePublished"] = p.PublishedUtc.ToString("O"),
            ["dateModified"] = p.UpdatedUtc.ToString("O"),
            ["mainEntityOfPage"] = AbsoluteUrl(CanonicalHref!),
            ["image"] = ImagePath is null ? null : AbsoluteUrl(ImagePath),
            ["author"] = new Dictionary<string, object?> { ["@type"] = "Person", ["name"] = p.Author.Name, ["url"] = AbsoluteUrl(Href(Urls.Author(p.Author.Slug))) },
            ["publisher"] = new Dictionary<string, object?> { ["@type"] = "Organization", ["name"] = SiteName, ["url"] = AbsoluteUrl("/") },
        };
        // A translation names the work it translates; the original names its translations.
        if (Translations.FirstOrDefault(t => t.IsOriginal) is { } original && original.Post.Id != p.Id)
        {
            data["translationOfWork"] = Work(original.Post);
        }
        else if (Translations.Count > 0 && Translations.Any(t => t.IsOriginal && t.Post.Id == p.Id))
        {
            data["workTranslation"] = Translations.Where(t => t.Post.Id != p.Id).Select(t => Work(t.Post)).ToList();
        }
        StructuredData.Add(data);
        return Page();
    }

    private Dictionary<string, object?> Work(PostSummary post) => new()
    {
        ["@type"] = post.Kind == PostKind.Page ? "WebPage" : "NewsArticle",
        ["@id"] = AbsoluteUrl(Urls.Post(post, Languages)),
        ["headline"] = post.Title,
        ["inLanguage"] = post.Language,
    };

    private async Task<bool> PageTakesCommentsAsync(PostSummary page, CancellationToken ct)
    {
        if (Qalam.Comments.CommentWriter.IsOpen(Settings, page.PublishedUtc, Site.Now)) return true;
        return (await comments.CountApprovedAsync([page.Id], ct)).GetValueOrDefault(page.Id) > 0;
    }

    /// <summary>Everything this page shows that can change without it: neighbours, related posts, author, terms.</summary>
    private void TagForCache(PostView view)
    {
        HttpContext.Tag(PageTags.Page(view.Post.Id));
        HttpContext.Shows(view.Post);
        HttpContext.Shows(view.Related);
        foreach (var t in Translations) HttpContext.Shows(t.Post);
        if (view.Previous is { } previous) HttpContext.Shows(previous);
        if (view.Next is { } next) HttpContext.Shows(next);
        foreach (var c in view.Categories) HttpContext.Tag(ContentKeys.Category(c.Slug));
        foreach (var t in view.Tags) HttpContext.Tag(ContentKeys.Tag(t.Slug), PageTags.Related(t.Slug));
        foreach (var t in Terms) HttpContext.Tag(ContentKeys.Term(t.Taxonomy, t.Slug));
    }
}
