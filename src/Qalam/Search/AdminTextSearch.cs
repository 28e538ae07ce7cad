using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// The admin's searches, with the readers' analyser. Posts: the index answers for published and scheduled posts (what
/// it holds); drafts, pending, private and trashed posts the person may list are analysed here, title and text. They
/// are a small share of a site (its work in progress), so reading them per search costs less than keeping a second
/// index up to date on every autosave, and the public index never holds a word of them.
/// </summary>
public sealed class AdminTextSearch(QalamDb db, ISearchStore store, SearchRanker ranker)
{
    /// <summary>The posts among <paramref name="posts"/> whose title, tags or text match <paramref name="q"/>.</summary>
    public async Task<IQueryable<Post>> NarrowAsync(IQueryable<Post> posts, string q, CancellationToken ct)
    {
        var plan = SearchPlan.Create(SearchQuery.Parse(q), false, new SearchFilters(), DateTimeOffset.MaxValue, 0, int.MaxValue);
        var match = TextMatch.For(q);
        if (plan.IsEmpty || match is null)
        {
            var folded = q.Trim();
            return posts.Where(p => p.Title.Contains(folded));
        }
        var stats = await store.ReadStatisticsAsync(db, plan.RequiredKeys, ct);
        var ids = (await ranker.RankAsync(db, plan, stats, ct)).Hits.Select(h => h.PostId).ToHashSet();
        var unindexed = await posts
            .Where(p => !((p.Status == PostStatus.Published || p.Status == PostStatus.Scheduled) && p.PublishedUtc != null))
            .Select(p => new { p.Id, p.Title, p.BodyHtml }).ToListAsync(ct);
        ids.UnionWith(unindexed.Where(p => match.Matches(p.Title, HtmlText.FromHtml(p.BodyHtml))).Select(p => p.Id));
        var list = ids.ToList();
        return posts.Where(p => list.Contains(p.Id));
    }
}
