using Qalam.Content;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// The public search: parses and analyses the query, resolves the filters, ranks in the store, reads the posts through
/// <see cref="ContentQueries"/> (so only public posts are ever shown) and marks the matches in titles and snippets.
/// </summary>
public sealed class PostSearch(QalamDb db, ISearchStore store, SearchRanker ranker, ContentQueries content, SiteContext site, TimeProvider clock,
    ReaderQueries readers)
{
    public const int PageSize = 10;

    /// <summary>The search, with the corrected query's first results when nothing matched; counted for the editors.</summary>
    public async Task<SearchResults> SearchAsync(SearchRequest request, CancellationToken ct = default)
    {
        using var timing = Observability.QalamMetrics.TimeSearch();
        var results = await FindAsync(request, ct);
        if (results is { Total: 0, Suggestion: { } corrected }) results = results with { Corrected = (await FindAsync(request with { Q = corrected, Page = 1 }, ct)).Hits };
        if (request.Page <= 1 && !SearchQuery.Parse(request.Q).IsEmpty) readers.Record(request.Q!, results.Total == 0);
        return results;
    }

    private async Task<SearchResults> FindAsync(SearchRequest request, CancellationToken ct)
    {
        var query = SearchQuery.Parse(request.Q);
        if (query.IsEmpty) return SearchResults.None;
        var filters = await FiltersAsync(request, ct);
        if (filters is null) return SearchResults.None with { Page = request.Page };
        var page = Math.Max(1, request.Page);
        var preferred = string.IsNullOrWhiteSpace(request.Language) ? request.Preferred : null;
        var plan = SearchPlan.Create(query, request.Exact, filters, clock.GetUtcNow(), (page - 1) * PageSize, PageSize) with { Preferred = preferred };
        if (plan.IsEmpty) return SearchResults.None;

        var (ranked, stats) = await RankAsync(plan, ct);
        var elsewhere = ranked.Elsewhere.ToDictionary(e => e.Key, e => e.Value.Length, StringComparer.Ordinal);
        string? insteadOf = null;
        if (preferred is not null && ranked.Total == 0 && elsewhere.Count > 0)
        {
            // Nothing in the reader's language: the other languages' results rather than an empty page (this second
            // search happens only then).
            (ranked, stats) = await RankAsync(plan with { Preferred = null }, ct);
            insteadOf = preferred;
        }
        var named = page == 1 ? await NamedStatementsAsync(request.Q, filters, ct) : [];
        var rankedIds = ranked.Hits.Select(h => h.PostId).ToList();
        var posts = await content.ListPublicByIdsAsync([.. named, .. rankedIds.Except(named)], ct);
        var terms = (request.Exact ? plan.Phrases.SelectMany(p => p) : plan.Terms).ToHashSet(StringComparer.Ordinal);
        var hits = posts.Select(p => new SearchHit(p,
            Highlighter.Mark(p.Title, terms, request.Exact),
            Highlighter.Snippet(HtmlText.FromHtml(p.BodyHtml), terms, request.Exact))).ToList();
        var total = ranked.Total + named.Count(id => !rankedIds.Contains(id));
        var suggestion = total == 0 ? await SuggestAsync(query, plan, stats, ct) : null;
        return new SearchResults(hits, total, page, PageSize, suggestion) { Elsewhere = elsewhere, InsteadOf = insteadOf };
    }

    /// <summary>
    /// «بيان رقم 3 لعام 2026» names a statement: it leads the first page, whatever words its text happens to use. Only
    /// when no filter but the kind «statement» narrows the search, so a filtered search never shows what its filters leave out.
    /// </summary>
    private async Task<IReadOnlyList<int>> NamedStatementsAsync(string? q, SearchFilters filters, CancellationToken ct) =>
        StatementReference.Parse(q) is { } reference && filters.Kind is null or PostKind.Statement && (filters with { Kind = null }) == new SearchFilters()
            ? await content.ListStatementIdsAsync(reference.Number, reference.Year, ct)
            : [];

    private async Task<(RankedPage Page, SearchStatistics Stats)> RankAsync(SearchPlan plan, CancellationToken ct)
    {
        // The ranker answers at once, without reading postings, when a required key is in no indexed post.
        var stats = await store.ReadStatisticsAsync(db, plan.RequiredKeys, ct);
        if (await readers.RankWithSynonymsAsync(plan, p => RankOneAsync(p, ct), ct) is { } expanded) return (expanded, stats);
        return (await ranker.RankAsync(db, plan, stats, ct), stats);
    }

    private async Task<RankedPage> RankOneAsync(SearchPlan plan, CancellationToken ct) =>
        await ranker.RankAsync(db, plan, await store.ReadStatisticsAsync(db, plan.RequiredKeys, ct), ct);

    // Replaces each word that no post contains by its nearest indexed word, and offers the new query only if it finds something.
    private async Task<string?> SuggestAsync(SearchQuery query, SearchPlan plan, SearchStatistics stats, CancellationToken ct)
    {
        var changed = false;
        var words = new List<string>();
        foreach (var word in query.Words)
        {
            var normalised = ArabicText.Normalize(word);
            var terms = SearchAnalyzer.Terms(word);
            if (terms.Count == 1 && !stats.DocumentFrequency.ContainsKey(terms[0]))
            {
                var near = Suggestions.Nearest(normalised, await store.ListWordsAsync(db, normalised.Length - 2, normalised.Length + 2, ct));
                if (near is not null)
                {
                    words.Add(near);
                    changed = true;
                    continue;
                }
            }
            words.Add(word);
        }
        if (!changed) return null;
        var suggestion = string.Join(' ', words.Concat(query.Phrases.Select(p => $"\"{p}\"")).Concat(query.Excluded.Select(e => "-" + e)));
        var check = SearchPlan.Create(SearchQuery.Parse(suggestion), false, plan.Filters, plan.Now, 0, 1);
        var (found, _) = await RankAsync(check, ct);
        return found.Total > 0 ? suggestion : null;
    }

    // Null when a filter names something that does not exist: then nothing can match.
    private async Task<SearchFilters?> FiltersAsync(SearchRequest r, CancellationToken ct)
    {
        int? authorId = null, categoryId = null, tagId = null;
        if (!string.IsNullOrWhiteSpace(r.Author))
        {
            if (await content.FindAuthorAsync(Slug.Normalize(r.Author), ct) is not { } author) return null;
            authorId = author.Id;
        }
        if (!string.IsNullOrWhiteSpace(r.Category))
        {
            if (await content.FindCategoryAsync(Slug.Normalize(r.Category), ct) is not { } category) return null;
            categoryId = category.Id;
        }
        if (!string.IsNullOrWhiteSpace(r.Tag))
        {
            var tag = await content.FindTagAsync(Slug.Normalize(r.Tag), ct) ?? await content.FindTagAsync(Slug.FromText(r.Tag.TrimStart('#').Replace('_', ' ')), ct);
            if (tag is null) return null;
            tagId = tag.Id;
        }
        await site.GetSettingsAsync(ct);
        DateTimeOffset? Utc(DateOnly? day) => day is { } d ? TimeZoneInfo.ConvertTimeToUtc(d.ToDateTime(TimeOnly.MinValue), site.Zone) : null;
        var language = string.IsNullOrWhiteSpace(r.Language) || r.Language == SearchRequest.AllLanguages ? null : IndexLanguages.Normalize(r.Language);
        return new SearchFilters(authorId, categoryId, tagId, r.Kind, language, Utc(r.From), Utc(r.To?.AddDays(1)));
    }
}
