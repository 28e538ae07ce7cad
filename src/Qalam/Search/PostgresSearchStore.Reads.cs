using Qalam.Data;

namespace Qalam.Search;

public sealed partial class PostgresSearchStore
{
    // A row of SearchTerms whose document frequency is the version, as in SqliteSearchStore.
    private const string VersionTerm = "\u0001analyzer";

    public async Task<SearchStatistics> ReadStatisticsAsync(QalamDb db, IReadOnlyCollection<string> terms, CancellationToken ct)
    {
        SearchStatistics? result = null;
        await WithConnectionAsync(db, async () =>
        {
            // Both in one round trip, with the languages' numbers, which a search's filters need.
            await using var cmd = Command(db, """
                SELECT "Documents", "TotalLength" FROM "SearchStats" WHERE "Id" = 1;
                SELECT "Term", "Df" FROM "SearchTerms" WHERE "Term" = ANY(@terms)
                UNION ALL SELECT "Term", "Df" FROM "SearchTerms" WHERE "Term" > @prefix AND "Term" < @end
                """, ("terms", terms.ToArray()), ("prefix", IndexLanguages.Prefix), ("end", IndexLanguages.End));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var (documents, total) = await reader.ReadAsync(ct) ? (reader.GetInt64(0), reader.GetDouble(1)) : (0L, 0.0);
            await reader.NextResultAsync(ct);
            var df = new Dictionary<string, long>(StringComparer.Ordinal);
            while (await reader.ReadAsync(ct)) df[reader.GetString(0)] = reader.GetInt64(1);
            result = new SearchStatistics(documents, documents == 0 ? 1 : Math.Max(1, total / documents), df);
        });
        return result!;
    }

    public async Task<IReadOnlyDictionary<string, TermPostings>> ReadPostingsAsync(QalamDb db, IReadOnlyList<PostingsWanted> keys, CancellationToken ct)
    {
        var wanted = keys.GroupBy(k => k.Key, StringComparer.Ordinal)
            .Select(g => g.OrderBy(k => k.Parts == PostingParts.Documents ? 0 : 1).First()).ToList();
        var found = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        if (wanted.Count == 0) return found;
        var generation = _cache.Generation;
        foreach (var key in wanted)
        {
            if (_cache.Find(generation, key.Key, key.Parts) is { } held) found[key.Key] = held;
        }
        var (now, read) = await ReadBlocksAsync(db, wanted.Where(k => !found.ContainsKey(k.Key)).ToList(), ct);
        if (!_cache.Confirm(now))
        {
            // The index changed since those were kept: read them again, as of this generation or later.
            var (_, again) = await ReadBlocksAsync(db, wanted.Where(k => found.ContainsKey(k.Key)).ToList(), ct);
            found.Clear();
            foreach (var (key, postings) in again) read[key] = postings;
        }
        foreach (var (key, postings) in read)
        {
            _cache.Keep(now, key, postings);
            found[key] = postings;
        }
        return found;
    }

    // The index's generation (the statistics row's version: every index write updates the row), then the keys' blocks,
    // in one round trip; the blocks are read after the generation, so they are never older than it.
    private static async Task<(long Generation, Dictionary<string, TermPostings> Read)> ReadBlocksAsync(QalamDb db, IReadOnlyList<PostingsWanted> keys,
        CancellationToken ct)
    {
        var read = keys.ToDictionary(k => k.Key, k => new TermPostings(k.Parts, k.Expected), StringComparer.Ordinal);
        var withDocuments = keys.Where(k => k.Parts == PostingParts.Documents).Select(k => k.Key).ToArray();
        long generation = 0;
        await WithConnectionAsync(db, async () =>
        {
            // Every key's blocks in one statement: a round trip per key was most of a search's time on PostgreSQL.
            await using var cmd = Command(db, """
                SELECT xmin::text::bigint FROM "SearchStats" WHERE "Id" = 1;
                SELECT "Term", "First", "Ids", CASE WHEN "Term" = ANY(@documents) THEN "Documents" ELSE ''::bytea END
                FROM "SearchBlocks" WHERE "Term" = ANY(@terms) ORDER BY "Term", "First"
                """, ("terms", read.Keys.ToArray()), ("documents", withDocuments));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            if (await reader.ReadAsync(ct)) generation = reader.GetInt64(0);
            await reader.NextResultAsync(ct);
            while (await reader.ReadAsync(ct)) read[reader.GetString(0)].Append(reader.GetInt32(1), (byte[])reader.GetValue(2), (byte[])reader.GetValue(3));
        });
        foreach (var postings in read.Values) postings.Complete();
        return (generation, read);
    }

    public async Task<IReadOnlyDictionary<int, byte[]>> ReadPositionsAsync(QalamDb db, string term, IReadOnlyCollection<int> blockFirsts, CancellationToken ct)
    {
        var positions = new Dictionary<int, byte[]>();
        if (blockFirsts.Count == 0) return positions;
        await WithConnectionAsync(db, async () =>
        {
            await using var cmd = Command(db, "SELECT \"First\", \"Positions\" FROM \"SearchBlocks\" WHERE \"Term\" = @t AND \"First\" = ANY(@firsts)",
                ("t", term), ("firsts", blockFirsts.ToArray()));
            foreach (var (first, data) in await ReadAsync(cmd, r => (r.GetInt32(0), (byte[])r.GetValue(1)), ct)) positions[first] = data;
        });
        return positions;
    }

    public async Task<HashSet<int>> MatchExactAsync(QalamDb db, IReadOnlyList<IReadOnlyList<string>> phrases, bool all, CancellationToken ct)
    {
        // As FTS5's unicode61 tokenizer reads SQLite's exact column: tokens in order, case folded, next to each other.
        var wanted = phrases.Select(p => " " + string.Join(' ', p).ToLowerInvariant() + " ").ToList();
        HashSet<int> ids = [];
        await WithConnectionAsync(db, async () =>
        {
            // ILIKE narrows the rows; the tokens are checked here, where a phrase must start and end on a word's edge.
            var patterns = wanted.Select(w => "%" + w.Trim().Replace("\\", "\\\\").Replace("%", "\\%").Replace("_", "\\_") + "%").ToArray();
            await using var cmd = Command(db, $"SELECT \"PostId\", \"Exact\" FROM \"SearchDocuments\" WHERE \"Exact\" ILIKE {(all ? "ALL" : "ANY")}(@patterns)",
                ("patterns", patterns));
            foreach (var (id, exact) in await ReadAsync(cmd, r => (r.GetInt32(0), " " + r.GetString(1).ToLowerInvariant() + " "), ct))
            {
                if (all ? wanted.All(w => exact.Contains(w, StringComparison.Ordinal)) : wanted.Any(w => exact.Contains(w, StringComparison.Ordinal))) ids.Add(id);
            }
        });
        return ids;
    }

    public async Task<IReadOnlyList<string>> ListWordsAsync(QalamDb db, int minLength, int maxLength, CancellationToken ct)
    {
        IReadOnlyList<string> words = [];
        await WithConnectionAsync(db, async () =>
        {
            await using var cmd = Command(db, "SELECT \"Word\" FROM \"SearchWords\" WHERE \"Length\" BETWEEN @min AND @max", ("min", minLength), ("max", maxLength));
            words = await ReadAsync(cmd, r => r.GetString(0), ct);
        });
        return words;
    }

    public async Task<IReadOnlyList<string>> ListWordsStartingAsync(QalamDb db, string prefix, int take, CancellationToken ct)
    {
        IReadOnlyList<string> words = [];
        await WithConnectionAsync(db, async () =>
        {
            await using var cmd = Command(db, "SELECT \"Word\" FROM \"SearchWords\" WHERE \"Word\" >= @from AND \"Word\" < @to ORDER BY \"Df\" DESC, \"Word\" LIMIT @take",
                ("from", prefix), ("to", prefix + '\uFFFF'), ("take", take));
            words = await ReadAsync(cmd, r => r.GetString(0), ct);
        });
        return words;
    }

    public Task WriteAnalyzerVersionAsync(QalamDb db, int version, CancellationToken ct) => WithConnectionAsync(db, async () =>
    {
        await using var cmd = Command(db, "INSERT INTO \"SearchTerms\" (\"Term\", \"Df\") VALUES (@t, @v) ON CONFLICT (\"Term\") DO UPDATE SET \"Df\" = @v",
            ("t", VersionTerm), ("v", (long)version));
        await cmd.ExecuteNonQueryAsync(ct);
    });

    public async Task<int> ReadAnalyzerVersionAsync(QalamDb db, CancellationToken ct) =>
        (int)(await ReadStatisticsAsync(db, [VersionTerm], ct)).DocumentFrequency.GetValueOrDefault(VersionTerm);
}
