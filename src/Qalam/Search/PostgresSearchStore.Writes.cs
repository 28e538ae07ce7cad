using Qalam.Data;

namespace Qalam.Search;

public sealed partial class PostgresSearchStore
{
    private static async Task ApplyAsync(QalamDb db, IndexChanges changes, CancellationToken ct)
    {
        await ApplyCountsAsync(db, changes, ct);
        await ApplyBlocksAsync(db, changes, ct);
        if (changes.CountsChange || changes.Blocks.Count == 0) return;
        // Blocks changed without a count: the statistics row is still rewritten, since its version is the index's
        // generation that every instance's PostingsCache checks.
        await using var touch = Command(db, "UPDATE \"SearchStats\" SET \"Documents\" = \"Documents\" WHERE \"Id\" = 1");
        await touch.ExecuteNonQueryAsync(ct);
    }

    /// <summary>
    /// Reads every changed term's blocks in one query, merges them here, and writes the result in three statements:
    /// a round trip per term (thousands for a batch of posts) was most of an index write's time.
    /// </summary>
    private static async Task ApplyBlocksAsync(QalamDb db, IndexChanges changes, CancellationToken ct)
    {
        if (changes.Blocks.Count == 0) return;
        var ranges = changes.Blocks.Select(t => (Term: t.Key, Ids: t.Value.Removed.Concat(t.Value.Added.Select(p => p.PostId)).ToList()))
            .Select(t => (t.Term, Min: t.Ids.Min(), Max: t.Ids.Max())).ToList();
        // Each term's block that may hold its smallest id, and those that start within its range.
        await using var read = Command(db, """
            SELECT x.t, b."Id", b."First", b."Last", b."Ids", b."Documents", b."Positions"
            FROM unnest(@t, @min, @max) AS x(t, mn, mx) CROSS JOIN LATERAL (
                (SELECT "Id", "First", "Last", "Ids", "Documents", "Positions" FROM "SearchBlocks" WHERE "Term" = x.t AND "First" <= x.mn ORDER BY "First" DESC LIMIT 1)
                UNION ALL
                SELECT "Id", "First", "Last", "Ids", "Documents", "Positions" FROM "SearchBlocks" WHERE "Term" = x.t AND "First" > x.mn AND "First" <= x.mx) AS b
            """, ("t", ranges.Select(r => r.Term).ToArray()), ("min", ranges.Select(r => r.Min).ToArray()), ("max", ranges.Select(r => r.Max).ToArray()));
        var found = (await ReadAsync(read, r => (Term: r.GetString(0), Id: r.GetInt64(1), Block: new PostingBlocks.Block(r.GetInt32(2), r.GetInt32(3),
            (byte[])r.GetValue(4), (byte[])r.GetValue(5), (byte[])r.GetValue(6))), ct)).ToLookup(f => f.Term, StringComparer.Ordinal);
        var updates = new List<(long Id, PostingBlocks.Block Block)>();
        var deletes = new List<long>();
        var inserts = new List<(string Term, PostingBlocks.Block Block)>();
        foreach (var (term, (removed, added)) in changes.Blocks)
        {
            var existing = found[term].ToList();
            var blocks = PostingBlocks.Merge(existing.Select(e => e.Block).OrderBy(b => b.First).ToList(), removed, added.OrderBy(p => p.PostId).ToList());
            if (existing.Count == 1 && blocks.Count == 1) updates.Add((existing[0].Id, blocks[0]));
            else
            {
                deletes.AddRange(existing.Select(e => e.Id));
                inserts.AddRange(blocks.Select(b => (term, b)));
            }
        }
        await ExecuteAsync(db, updates.Count > 0, """
            UPDATE "SearchBlocks" AS s SET "First" = u.f, "Last" = u.l, "Ids" = u.i, "Documents" = u.d, "Positions" = u.p
            FROM unnest(@id, @f, @l, @i, @d, @p) AS u(id, f, l, i, d, p) WHERE s."Id" = u.id
            """, ct, ("id", updates.Select(u => u.Id).ToArray()), ("f", updates.Select(u => u.Block.First).ToArray()), ("l", updates.Select(u => u.Block.Last).ToArray()),
            ("i", updates.Select(u => u.Block.Ids).ToArray()), ("d", updates.Select(u => u.Block.Documents).ToArray()), ("p", updates.Select(u => u.Block.Positions).ToArray()));
        await ExecuteAsync(db, deletes.Count > 0, "DELETE FROM \"SearchBlocks\" WHERE \"Id\" = ANY(@ids)", ct, ("ids", deletes.ToArray()));
        await ExecuteAsync(db, inserts.Count > 0, """
            INSERT INTO "SearchBlocks" ("Term", "First", "Last", "Ids", "Documents", "Positions") SELECT * FROM unnest(@t, @f, @l, @i, @d, @p)
            """, ct, ("t", inserts.Select(i => i.Term).ToArray()), ("f", inserts.Select(i => i.Block.First).ToArray()), ("l", inserts.Select(i => i.Block.Last).ToArray()),
            ("i", inserts.Select(i => i.Block.Ids).ToArray()), ("d", inserts.Select(i => i.Block.Documents).ToArray()), ("p", inserts.Select(i => i.Block.Positions).ToArray()));
    }

    private static async Task ExecuteAsync(QalamDb db, bool any, string sql, CancellationToken ct, params (string Name, object Value)[] parameters)
    {
        if (!any) return;
        await using var cmd = Command(db, sql, parameters);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    /// <summary>Adds a write's counts to the statistics, each term and word once.</summary>
    private static async Task ApplyCountsAsync(QalamDb db, IndexChanges changes, CancellationToken ct)
    {
        if (!changes.CountsChange) return;
        var (terms, termDf) = (changes.TermCounts.Keys.ToArray(), changes.TermCounts.Values.Select(v => (long)v).ToArray());
        var (words, wordDf) = (changes.WordCounts.Keys.ToArray(), changes.WordCounts.Values.Select(v => (long)v).ToArray());
        List<string> statements =
        [
            """
            INSERT INTO "SearchTerms" ("Term", "Df") SELECT * FROM unnest(@terms, @termDf)
                ON CONFLICT ("Term") DO UPDATE SET "Df" = "SearchTerms"."Df" + excluded."Df"
            """,
            """
            INSERT INTO "SearchWords" ("Word", "Length", "Df") SELECT w, char_length(w), d FROM unnest(@words, @wordDf) AS x(w, d)
                ON CONFLICT ("Word") DO UPDATE SET "Df" = "SearchWords"."Df" + excluded."Df"
            """,
            "UPDATE \"SearchStats\" SET \"Documents\" = \"Documents\" + @documents, \"TotalLength\" = \"TotalLength\" + @length WHERE \"Id\" = 1",
        ];
        if (changes.Empties)
        {
            statements.Add("DELETE FROM \"SearchTerms\" WHERE \"Df\" <= 0 AND \"Term\" = ANY(@terms)");
            statements.Add("DELETE FROM \"SearchWords\" WHERE \"Df\" <= 0 AND \"Word\" = ANY(@words)");
        }
        foreach (var sql in statements)
        {
            await using var cmd = Command(db, sql, ("terms", terms), ("termDf", termDf), ("words", words), ("wordDf", wordDf),
                ("documents", (long)changes.Documents), ("length", changes.Length));
            await cmd.ExecuteNonQueryAsync(ct);
        }
    }
}
