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

        public async Task ApplyAsync(QalamDb db, CancellationToken ct)
        {
            foreach (var (term, (removed, added)) in _terms)
            {
                var ids = removed.Concat(added.Select(p => p.PostId)).ToList();
                await using var read = Command(db, """
                    (SELECT "Id", "First", "Last", "Ids", "Documents", "Positions" FROM "SearchBlocks" WHERE "Term" = @t AND "First" <= @min ORDER BY "First" DESC LIMIT 1)
                    UNION ALL
                    SELECT "Id", "First", "Last", "Ids", "Documents", "Positions" FROM "SearchBlocks" WHERE "Term" = @t AND "First" > @min AND "First" <= @max
                    """, ("t", term), ("min", ids.Min()), ("max", ids.Max()));
                var existing = await ReadAsync(read, r => (Id: r.GetInt64(0), Block: new PostingBlocks.Block(r.GetInt32(1), r.GetInt32(2),
                    (byte[])r.GetValue(3), (byte[])r.GetValue(4), (byte[])r.GetValue(5))), ct);
                var blocks = PostingBlocks.Merge(existing.Select(e => e.Block).OrderBy(b => b.First).ToList(), removed, added.OrderBy(p => p.PostId).ToList());
                if (existing.Count == 1 && blocks.Count == 1)
                {
                    var block = blocks[0];
                    await using var update = Command(db, """
                        UPDATE "SearchBlocks" SET "First" = @first, "Last" = @last, "Ids" = @ids, "Documents" = @docs, "Positions" = @positions WHERE "Id" = @id
                        """, ("id", existing[0].Id), ("first", block.First), ("last", block.Last), ("ids", block.Ids), ("docs", block.Documents), ("positions", block.Positions));
                    await update.ExecuteNonQueryAsync(ct);
                    continue;
                }
                if (existing.Count > 0)
                {
                    await using var delete = Command(db, "DELETE FROM \"SearchBlocks\" WHERE \"Id\" = ANY(@ids)", ("ids", existing.Select(e => e.Id).ToArray()));
                    await delete.ExecuteNonQueryAsync(ct);
                }
                foreach (var block in blocks)
                {
                    await using var insert = Command(db, """
                        INSERT INTO "SearchBlocks" ("Term", "First", "Last", "Ids", "Documents", "Positions") VALUES (@t, @first, @last, @ids, @docs, @positions)
                        """, ("t", term), ("first", block.First), ("last", block.Last), ("ids", block.Ids), ("docs", block.Documents), ("positions", block.Positions));
                    await insert.ExecuteNonQueryAsync(ct);
                }
            }
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
