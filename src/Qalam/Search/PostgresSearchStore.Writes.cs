using Qalam.Data;

namespace Qalam.Search;

public sealed partial class PostgresSearchStore
{
    /// <summary>What one write does to each term's postings, as SqliteSearchStore's BlockChanges, in PostgreSQL's SQL.</summary>
    private sealed class BlockChanges
    {
        private readonly SortedDictionary<string, (HashSet<int> Removed, List<Posting> Added)> _terms = new(StringComparer.Ordinal);

        public (HashSet<int> Removed, List<Posting> Added) For(string term)
        {
            if (!_terms.TryGetValue(term, out var change)) _terms[term] = change = ([], []);
            return change;
        }

        /// <summary>
        /// Reads every changed term's blocks in one query, merges them here, and writes the result in three statements:
        /// a round trip per term (thousands for a batch of posts) was most of an index write's time.
        /// </summary>
        public async Task ApplyAsync(QalamDb db, CancellationToken ct)
        {
            if (_terms.Count == 0) return;
            var ranges = _terms.Select(t => (Term: t.Key, Ids: t.Value.Removed.Concat(t.Value.Added.Select(p => p.PostId)).ToList()))
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
            foreach (var (term, (removed, added)) in _terms)
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
    }

    /// <summary>What one write adds to (or takes from) the statistics, summed over its documents, as in SqliteSearchStore.</summary>
    private sealed class Frequencies
    {
        private readonly Dictionary<string, int> _terms = new(StringComparer.Ordinal);
        private readonly Dictionary<string, int> _words = new(StringComparer.Ordinal);
        private int _documents;
        private double _length;

        public void Add(IEnumerable<string> terms, IEnumerable<string> words, double length, int sign)
        {
            foreach (var term in terms) _terms[term] = _terms.GetValueOrDefault(term) + sign;
            foreach (var word in words) _words[word] = _words.GetValueOrDefault(word) + sign;
            _documents += sign;
            _length += sign * length;
        }

        public async Task ApplyAsync(QalamDb db, CancellationToken ct)
        {
            if (_documents == 0 && _terms.Count == 0) return;
            var (terms, termDf) = (_terms.Keys.ToArray(), _terms.Values.Select(v => (long)v).ToArray());
            var (words, wordDf) = (_words.Keys.ToArray(), _words.Values.Select(v => (long)v).ToArray());
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
            // Counts that fall to zero leave the tables, so suggestions never offer a word no post has.
            if (_terms.Values.Any(v => v < 0) || _words.Values.Any(v => v < 0))
            {
                statements.Add("DELETE FROM \"SearchTerms\" WHERE \"Df\" <= 0 AND \"Term\" = ANY(@terms)");
                statements.Add("DELETE FROM \"SearchWords\" WHERE \"Df\" <= 0 AND \"Word\" = ANY(@words)");
            }
            foreach (var sql in statements)
            {
                await using var cmd = Command(db, sql, ("terms", terms), ("termDf", termDf), ("words", words), ("wordDf", wordDf),
                    ("documents", (long)_documents), ("length", _length));
                await cmd.ExecuteNonQueryAsync(ct);
            }
        }
    }
}
