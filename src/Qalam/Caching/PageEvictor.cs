using Microsoft.AspNetCore.OutputCaching;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Caching;

/// <summary>
/// Turns a committed change into the tags of the pages that show it (see <see cref="PageTags"/>) and evicts exactly
/// those. A post that changed in place evicts the pages showing it; a post that moved (appeared, left, changed date,
/// author, kind or terms) also evicts every list it left or joined and its new neighbours. A change too large to
/// follow item by item (an import batch) evicts everything, as does one to what every page shows.
/// </summary>
public sealed class PageEvictor(IOutputCacheStore store, IServiceScopeFactory scopes, SiteCache site) : IContentListener
{
    public const int WholeSiteAbove = 50;

    public async Task OnChangedAsync(ContentChange change, CancellationToken ct)
    {
        if (change.SiteWide || change.Posts.Count > WholeSiteAbove)
        {
            await store.EvictByTagAsync(PageTags.Site, ct);
            Observability.QalamMetrics.PagesEvicted(1, wholeSite: true);
            return;
        }
        await using var scope = scopes.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<QalamDb>();
        var tags = new HashSet<string>(change.Shown);
        foreach (var key in change.Shown.Where(k => k.StartsWith("category:") || k.StartsWith("tag:") || k.StartsWith("term:") || k.StartsWith("author:")))
        {
            tags.Add(PageTags.List(key));
        }
        var mediaIds = change.Shown.Where(k => k.StartsWith("media:")).Select(k => int.Parse(k["media:".Length..])).ToList();
        if (mediaIds.Count > 0)
        {
            foreach (var id in await db.Posts.Where(p => p.FeaturedMediaId != null && mediaIds.Contains(p.FeaturedMediaId.Value)).Select(p => p.Id).ToListAsync(ct))
            {
                tags.Add(ContentKeys.Post(id));
            }
        }
        var visible = change.Posts.Values.Where(p => p.Visible).ToList();
        foreach (var post in visible)
        {
            // A post whose own row is unchanged (it only joined or left terms) looks the same in every list that
            // shows it; only its own page, which names its terms, and the term lists change.
            tags.Add(post.TermsOnly ? PageTags.Page(post.Id) : ContentKeys.Post(post.Id));
            // The statements and endorsements archives list their kind by title, without tagging each post.
            foreach (var facts in new[] { post.Before, post.After }.OfType<PostFacts>()) tags.Add(PageTags.Kind(facts.Kind));
        }
        if (visible.Count > 0) tags.Add(PageTags.Sitemaps);
        var moved = visible.Where(p => p.Moved).ToList();
        if (moved.Count > 0) await AddMovedAsync(db, scope.ServiceProvider.GetRequiredService<ContentQueries>(), moved, tags, ct);
        foreach (var tag in tags) await store.EvictByTagAsync(tag, ct);
        Observability.QalamMetrics.PagesEvicted(tags.Count, wholeSite: false);
    }

    private async Task AddMovedAsync(QalamDb db, ContentQueries content, List<PostChange> moved, HashSet<string> tags, CancellationToken ct)
    {
        tags.UnionWith([PageTags.Home, PageTags.Feeds]);
        var ids = moved.Select(p => p.Id).ToList();
        var facts = moved.SelectMany(p => new[] { p.Before, p.After }).OfType<PostFacts>().ToList();
        var zone = SiteContext.FindZone((await site.SettingsAsync(db, ct)).TimeZone);
        foreach (var f in facts)
        {
            tags.Add(PageTags.Kind(f.Kind));
            if (f.PublishedUtc is { } at && TimeZoneInfo.ConvertTime(at, zone) is var local) tags.Add(PageTags.Month(local.Year, local.Month));
        }
        var authorIds = facts.Select(f => f.AuthorId).ToList();
        var links = moved.SelectMany(p => p.TermsJoinedOrLeft).ToList();
        var categoryIds = links.Where(l => l.Kind == "category").Select(l => l.Id).ToList();
        var tagIds = links.Where(l => l.Kind == "tag").Select(l => l.Id).ToList();
        var termIds = links.Where(l => l.Kind == "term").Select(l => l.Id).ToList();
        // The terms a post keeps are lists it entered or left too, when it appeared or went.
        authorIds.AddRange(await db.Posts.Where(p => ids.Contains(p.Id)).Select(p => p.AuthorId).ToListAsync(ct));
        foreach (var slug in await db.People.Where(p => authorIds.Contains(p.Id)).Select(p => p.Slug).ToListAsync(ct))
        {
            tags.Add(PageTags.List(ContentKeys.Author(slug)));
        }
        foreach (var slug in await db.Categories.Where(c => categoryIds.Contains(c.Id) || c.Posts.Any(p => ids.Contains(p.Id))).Select(c => c.Slug).ToListAsync(ct))
        {
            tags.Add(PageTags.List(ContentKeys.Category(slug)));
        }
        foreach (var slug in await db.Tags.Where(t => tagIds.Contains(t.Id) || t.Posts.Any(p => ids.Contains(p.Id))).Select(t => t.Slug).ToListAsync(ct))
        {
            tags.Add(PageTags.List(ContentKeys.Tag(slug)));
            tags.Add(PageTags.Related(slug));
        }
        foreach (var term in await db.Terms.Where(t => termIds.Contains(t.Id) || t.Posts.Any(p => ids.Contains(p.Id))).Select(t => new { t.Taxonomy, t.Slug }).ToListAsync(ct))
        {
            tags.Add(PageTags.List(ContentKeys.Term(term.Taxonomy, term.Slug)));
        }
        // Neighbours show this post's title (evicted by its own tag); their links change only when the order does.
        foreach (var post in moved.Where(p => p.After?.Public == true && p.Reordered))
        {
            foreach (var id in await content.NeighbourIdsAsync(post.Id, ct)) tags.Add(PageTags.Page(id));
        }
    }
}
