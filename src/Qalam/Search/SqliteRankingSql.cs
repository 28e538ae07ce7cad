using System.Globalization;
using System.Text;

namespace Qalam.Search;

/// <summary>
/// The SQL of one ranked search on SQLite. The rarest term drives (a range scan of its postings); every other term is a
/// primary-key look-up per candidate, so a query costs about as much as its rarest word. Phrases and exclusions are
/// answered by FTS5 over the analysed text; the score is <see cref="SearchRanking.Score"/> written out in SQL.
/// </summary>
internal static class SqliteRankingSql
{
    /// <summary>Two statements: the page of ids with scores, then how many match. Counting apart is cheaper than a window
    /// over every match: the page only needs SQLite's bounded top-N sort, not a sort of every matching post.</summary>
    public static (string Sql, List<(string Name, object Value)> Parameters) Build(SearchPlan plan, SearchStatistics stats)
    {
        var parameters = new List<(string, object)>
        {
            ("$k1", SearchRanking.K1), ("$b", SearchRanking.B), ("$avg", stats.AverageLength),
            ("$rw", SearchRanking.RecencyWeight), ("$half", SearchRanking.RecencyHalfLifeSeconds),
            ("$now", plan.Now.ToUnixTimeSeconds()), ("$take", plan.Take), ("$skip", plan.Skip),
        };
        var terms = plan.Terms.OrderBy(t => stats.DocumentFrequency.GetValueOrDefault(t)).ThenBy(t => t, StringComparer.Ordinal).ToList();
        var from = new StringBuilder("FROM SearchPostings p0");
        var score = new List<string>();
        for (var i = 0; i < terms.Count; i++)
        {
            var n = i.ToString(CultureInfo.InvariantCulture);
            parameters.Add(($"$t{n}", terms[i]));
            parameters.Add(($"$idf{n}", SearchRanking.Idf(stats.Documents, stats.DocumentFrequency.GetValueOrDefault(terms[i]))));
            if (i > 0) from.Append(CultureInfo.InvariantCulture, $" CROSS JOIN SearchPostings p{n} ON p{n}.Term = $t{n} AND p{n}.PostId = p0.PostId");
            score.Add($"$idf{n} * p{n}.Tf * ($k1 + 1) / (p{n}.Tf + $k1 * (1 - $b + $b * p0.Length / $avg))");
        }

        var where = new List<string> { "p0.Term = $t0", "p0.Published <= $now" };
        AddFilters(plan.Filters, from, where, parameters);
        if (plan.Phrases.Count > 0)
        {
            parameters.Add(("$must", string.Join(" AND ", plan.Phrases.Select(p => Phrase(p, plan.Exact)))));
            where.Add("p0.PostId IN (SELECT rowid FROM SearchText WHERE SearchText MATCH $must)");
        }
        if (plan.Excluded.Count > 0)
        {
            parameters.Add(("$not", string.Join(" OR ", plan.Excluded.Select(p => Phrase(p, plan.Exact)))));
            where.Add("p0.PostId NOT IN (SELECT rowid FROM SearchText WHERE SearchText MATCH $not)");
        }

        var sql = $"""
            SELECT p0.PostId, ({string.Join(" + ", score)}) * (1 + $rw * pow(0.5, ($now - p0.Published) / $half)) AS Score
            {from}
            WHERE {string.Join(" AND ", where)}
            ORDER BY Score DESC, p0.PostId DESC
            LIMIT $take OFFSET $skip;
            SELECT COUNT(*) {from} WHERE {string.Join(" AND ", where)};
            """;
        return (sql, parameters);
    }

    private static void AddFilters(SearchFilters f, StringBuilder from, List<string> where, List<(string, object)> parameters)
    {
        if (f.AuthorId is not null || f.Kind is not null || f.Language is not null)
        {
            from.Append(" CROSS JOIN SearchDocuments d ON d.PostId = p0.PostId");
            if (f.AuthorId is { } author) { where.Add("d.AuthorId = $author"); parameters.Add(("$author", author)); }
            if (f.Kind is { } kind) { where.Add("d.Kind = $kind"); parameters.Add(("$kind", kind.ToString())); }
            if (f.Language is { } language) { where.Add("d.Language = $language"); parameters.Add(("$language", language)); }
        }
        if (f.CategoryId is { } category)
        {
            // A category includes its sub-categories, as on the category page.
            where.Add("EXISTS (SELECT 1 FROM PostCategories pc JOIN Categories c ON c.Id = pc.CategoriesId WHERE pc.PostsId = p0.PostId AND (c.Id = $category OR c.ParentId = $category))");
            parameters.Add(("$category", category));
        }
        if (f.TagId is { } tag)
        {
            where.Add("EXISTS (SELECT 1 FROM PostTags pt WHERE pt.PostsId = p0.PostId AND pt.TagsId = $tag)");
            parameters.Add(("$tag", tag));
        }
        if (f.FromUtc is { } fromUtc) { where.Add("p0.Published >= $from"); parameters.Add(("$from", fromUtc.ToUnixTimeSeconds())); }
        if (f.ToUtc is { } toUtc) { where.Add("p0.Published < $to"); parameters.Add(("$to", toUtc.ToUnixTimeSeconds())); }
    }

    // Terms are letters and digits only; quoting keeps FTS5 from reading any of them as an operator.
    private static string Phrase(IReadOnlyList<string> terms, bool exact) =>
        (exact ? "exact" : "{title tags body}") + " : \"" + string.Join(' ', terms).Replace("\"", "\"\"", StringComparison.Ordinal) + "\"";
}
