using Qalam.Api.Public;
using Qalam.Caching;
using Qalam.Content;

namespace Qalam.Api.WordPress;

/// <summary>Posts in WordPress's shape, with <c>_embed</c>'s author, featured media and terms read for the whole page at once.</summary>
public static class WpPosts
{
    public static async Task<IReadOnlyList<WpPost>> ShapeAsync(HttpContext http, ContentQueries content, WordPressIds ids, IReadOnlyList<PostSummary> posts,
        CancellationToken ct)
    {
        var shapes = new WpShapes(await ApiShapes.ForAsync(http));
        var links = await content.ListLinksOfPostsAsync(posts.Select(p => p.Id).ToList(), ct);
        var maps = await ids.MapsAsync(links.Values.ToList(), [], [], ct);
        http.Shows(posts);
        foreach (var l in links.Values) http.Tag([.. l.Categories.Select(c => ContentKeys.Category(c.Slug)), .. l.Tags.Select(t => ContentKeys.Tag(t.Slug))]);
        var embed = http.Request.Query.ContainsKey("_embed");
        Dictionary<int, AuthorProfile> authors = [];
        Dictionary<int, MediaSummary> media = [];
        Dictionary<int, TermSummary> categories = [], tags = [];
        if (embed)
        {
            // Authors and media through the same public reads as their own routes: an author with no public post, or an
            // upload no public post features, is never embedded.
            authors = (await content.ListAuthorsAsync(ct)).ToDictionary(a => a.Id);
            var mediaIds = links.Values.Select(l => l.FeaturedMediaId).OfType<int>().Distinct().ToList();
            media = (await content.ListFeaturedMediaAsync(mediaIds, 1, Math.Max(1, mediaIds.Count), ct)).Items.ToDictionary(m => m.Id);
            categories = (await content.ListCategorySummariesAsync(ct)).ToDictionary(c => c.Id);
            tags = (await content.ListTagSummariesAsync(ct)).ToDictionary(t => t.Id);
            foreach (var m in media.Keys) http.Tag(ContentKeys.Media(m));
        }
        return posts.Where(p => links.ContainsKey(p.Id)).Select(p =>
        {
            var l = links[p.Id];
            WpEmbedded? embedded = null;
            if (embed)
            {
                var author = authors.TryGetValue(l.AuthorId, out var a) ? [shapes.User(a, maps.Authors.GetValueOrDefault(a.Id, a.Id))] : new List<WpUser>();
                var featured = l.FeaturedMediaId is { } mid && media.TryGetValue(mid, out var m) ? new List<WpMedia> { shapes.Media(m, maps.Media.GetValueOrDefault(mid, mid)) } : null;
                IReadOnlyList<IReadOnlyList<WpTerm>>? terms = p.Kind == PostKind.Page ? null :
                [
                    l.Categories.Where(c => categories.ContainsKey(c.Id)).Select(c => WpTerms.Category(shapes, categories[c.Id], maps.Categories)).ToList(),
                    l.Tags.Where(t => tags.ContainsKey(t.Id)).Select(t => shapes.Term(tags[t.Id], "post_tag", maps.Tags.GetValueOrDefault(t.Id, t.Id), null)).ToList(),
                ];
                embedded = new WpEmbedded(author, featured, terms);
            }
            return shapes.Post(p, l, maps, embedded);
        }).ToList();
    }
}
