using Microsoft.Extensions.Caching.Memory;
using Qalam.Content;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>A title offered as the reader types, with its public address.</summary>
public sealed record TypeAheadPost(string Title, string Url);

/// <summary>What the header's search box offers: whole queries that complete the last word, and matching titles.</summary>
public sealed record TypeAheadAnswer(IReadOnlyList<string> Completions, IReadOnlyList<TypeAheadPost> Posts)
{
    public static readonly TypeAheadAnswer None = new([], []);
}

/// <summary>Answers for a few seconds per query, shared by every reader: one entry per distinct query, bounded.</summary>
public sealed class TypeAheadCache
{
    public MemoryCache Entries { get; } = new(new MemoryCacheOptions { SizeLimit = 5000 });
}

/// <summary>
/// Suggestions as a reader types: the indexed words that complete the last word, tried as queries with the words
/// before it; the first public posts they find (read through <see cref="ContentQueries"/>, so never a draft or a
/// private post); and completions taken from those posts' titles, so they are spelt as editors wrote them (the index
/// keeps folded forms) and never reveal a word found only in a post readers cannot open.
/// </summary>
public sealed class TypeAhead(QalamDb db, ISearchStore store, SearchRanker ranker, ContentQueries content, TimeProvider clock, TypeAheadCache cache)
{
    public const int MaxPosts = 5;
    private const int TriedWords = 3;
    private static readonly TimeSpan Lifetime = TimeSpan.FromSeconds(30);

    public async Task<TypeAheadAnswer> SuggestAsync(string? q, CancellationToken ct)
    {
        var words = SearchQuery.Parse(q).Words;
        if (words.Count == 0 || words.Count > 8) return TypeAheadAnswer.None;
        var key = QueryLog.Normalize(string.Join(' ', words));
        if (key.Length < 2) return TypeAheadAnswer.None;
        if (cache.Entries.TryGetValue(key, out TypeAheadAnswer? cached)) return cached!;
        var answer = await FindAsync(words, ct);
        cache.Entries.Set(key, answer, new MemoryCacheEntryOptions { Size = 1, AbsoluteExpirationRelativeToNow = Lifetime });
        return answer;
    }

    private async Task<TypeAheadAnswer> FindAsync(IReadOnlyList<string> words, CancellationToken ct)
    {
        var head = words.Take(words.Count - 1).ToList();
        var prefix = ArabicText.Normalize(words[^1]);
        // Readers often leave out the article: «اجتما» also completes «الاجتماع».
        string[] starts = prefix.StartsWith("ال", StringComparison.Ordinal) ? [prefix] : [prefix, "ال" + prefix];
        var tried = new List<string> { words[^1] };
        foreach (var start in starts) tried.AddRange((await store.ListWordsStartingAsync(db, start, TriedWords, ct)).Where(w => w != prefix));
        var ids = new List<int>();
        foreach (var word in tried)
        {
            if (ids.Count >= MaxPosts) break;
            var plan = SearchPlan.Create(SearchQuery.Parse(string.Join(' ', head.Append(word))), false, new SearchFilters(), clock.GetUtcNow(), 0, MaxPosts);
            if (plan.IsEmpty) continue;
            var ranked = await ranker.RankAsync(db, plan, await store.ReadStatisticsAsync(db, plan.RequiredKeys, ct), ct);
            ids.AddRange(ranked.Hits.Select(h => h.PostId).Where(id => !ids.Contains(id)));
        }
        var posts = await content.ListPublicByIdsAsync(ids.Take(MaxPosts).ToList(), ct);
        var completions = posts.SelectMany(p => SearchAnalyzer.Tokens(p.Title, exact: true)
                .Select(t => p.Title.Substring(t.Start, t.Length)))
            .Where(w => starts.Any(start => ArabicText.Normalize(w).StartsWith(start, StringComparison.Ordinal)))
            .Select(w => string.Join(' ', head.Append(w)))
            .Distinct().Take(MaxPosts).ToList();
        return new TypeAheadAnswer(completions, posts.Select(p => new TypeAheadPost(p.Title, Urls.Post(p))).ToList());
    }
}
