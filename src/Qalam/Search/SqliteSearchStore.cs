using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// The embedded backend: Qalam's statistics in plain tables (SearchDocuments, SearchTerms, SearchWords, SearchStats),
/// each term's postings in blocks (SearchBlocks, see <see cref="PostingBlocks"/>) and an FTS5 table (SearchText) over
/// the exact forms for exact mode. Created by the SearchIndex and SearchBlocks migrations.
/// </summary>
public sealed partial class SqliteSearchStore : ISearchStore
{
    // Arabic stays as UTF-8 in the stored term lists rather than \u escapes (a third of the size).
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public async Task WriteAsync(QalamDb db, IReadOnlyList<SearchDocument> documents, CancellationToken ct)
    {
        if (documents.Count == 0) return;
        await WithConnectionAsync(db, async () =>
        {
            var changes = await RemoveDocumentsAsync(db, documents.Select(d => d.Post.PostId).ToList(), ct);
            await using var insert = Command(db, """
                INSERT INTO SearchDocuments (PostId, AuthorId, Kind, Language, Published, Length, Terms, Words)
                VALUES ($id, $author, $kind, $language, $published, $length, $terms, $words);
                INSERT INTO SearchText (rowid, exact) VALUES ($id, $exact);
                INSERT INTO SearchTerms (Term, Df) SELECT value, 1 FROM json_each($terms) WHERE true
                    ON CONFLICT (Term) DO UPDATE SET Df = Df + 1;
                INSERT INTO SearchWords (Word, Length, Df) SELECT value, length(value), 1 FROM json_each($words) WHERE true
                    ON CONFLICT (Word) DO UPDATE SET Df = Df + 1;
                UPDATE SearchStats SET Documents = Documents + 1, TotalLength = TotalLength + $length WHERE Id = 1;
                """, ("$id", 0), ("$author", 0), ("$kind", ""), ("$language", ""), ("$published", 0L), ("$length", 0.0),
                ("$terms", ""), ("$words", ""), ("$exact", ""));
            foreach (var document in documents)
            {
                var p = document.Post;
                Set(insert, ("$id", p.PostId), ("$author", p.AuthorId), ("$kind", p.Kind.ToString()), ("$language", p.Language),
                    ("$published", document.PublishedSeconds), ("$length", document.Length),
                    ("$terms", JsonSerializer.Serialize(document.Keys, Json)), ("$words", JsonSerializer.Serialize(document.Words, Json)),
                    ("$exact", document.ExactTerms));
                await insert.ExecuteNonQueryAsync(ct);
                foreach (var key in document.Keys) changes.For(key).Added.Add(Posting.From(document, key));
            }
            await changes.ApplyAsync(db, ct);
        });
    }

    public Task RemoveAsync(QalamDb db, IReadOnlyCollection<int> postIds, CancellationToken ct) =>
        postIds.Count == 0 ? Task.CompletedTask : WithConnectionAsync(db, async () =>
            await (await RemoveDocumentsAsync(db, postIds, ct)).ApplyAsync(db, ct));

    // Undoes the statistics of those posts that are indexed and returns the postings to take out of their terms' blocks.
    private static async Task<BlockChanges> RemoveDocumentsAsync(QalamDb db, IReadOnlyCollection<int> postIds, CancellationToken ct)
    {
        var changes = new BlockChanges();
        await using var find = Command(db, "SELECT PostId, Terms FROM SearchDocuments WHERE PostId IN (SELECT value FROM json_each($ids))",
            ("$ids", JsonSerializer.Serialize(postIds)));
        var indexed = await ReadAsync(find, r => (Id: r.GetInt32(0), Terms: JsonSerializer.Deserialize<string[]>(r.GetString(1), Json)!), ct);
        if (indexed.Count == 0) return changes;
        await using var remove = Command(db, """
            UPDATE SearchStats SET Documents = Documents - 1, TotalLength = TotalLength - d.Length
                FROM (SELECT Length FROM SearchDocuments WHERE PostId = $id) AS d WHERE Id = 1;
            UPDATE SearchTerms SET Df = Df - 1 WHERE Term IN (SELECT value FROM json_each((SELECT Terms FROM SearchDocuments WHERE PostId = $id)));
            DELETE FROM SearchTerms WHERE Df <= 0 AND Term IN (SELECT value FROM json_each((SELECT Terms FROM SearchDocuments WHERE PostId = $id)));
            UPDATE SearchWords SET Df = Df - 1 WHERE Word IN (SELECT value FROM json_each((SELECT Words FROM SearchDocuments WHERE PostId = $id)));
            DELETE FROM SearchWords WHERE Df <= 0 AND Word IN (SELECT value FROM json_each((SELECT Words FROM SearchDocuments WHERE PostId = $id)));
            DELETE FROM SearchText WHERE rowid = $id;
            DELETE FROM SearchDocuments WHERE PostId = $id;
            """, ("$id", 0));
        foreach (var (id, terms) in indexed)
        {
            Set(remove, ("$id", id));
            await remove.ExecuteNonQueryAsync(ct);
            foreach (var term in terms) changes.For(term).Removed.Add(id);
        }
        return changes;
    }

    /// <summary>What one write does to each term's postings; applied term by term, each rewriting only the blocks it touches.</summary>
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
            if (_terms.Count == 0) return;
            await using var read = Command(db, """
                SELECT * FROM (SELECT Id, First, Last, Ids, Documents, Positions FROM SearchBlocks WHERE Term = $t AND First <= $min ORDER BY First DESC LIMIT 1)
                UNION ALL
                SELECT Id, First, Last, Ids, Documents, Positions FROM SearchBlocks WHERE Term = $t AND First > $min AND First <= $max
                """, ("$t", ""), ("$min", 0), ("$max", 0));
            await using var delete = Command(db, "DELETE FROM SearchBlocks WHERE Id = $id", ("$id", 0L));
            await using var insert = Command(db, "INSERT INTO SearchBlocks (Term, First, Last, Ids, Documents, Positions) VALUES ($t, $first, $last, $ids, $docs, $positions)",
                ("$t", ""), ("$first", 0), ("$last", 0), ("$ids", Array.Empty<byte>()), ("$docs", Array.Empty<byte>()), ("$positions", Array.Empty<byte>()));
            foreach (var (term, (removed, added)) in _terms)
            {
                var ids = removed.Concat(added.Select(p => p.PostId)).ToList();
                Set(read, ("$t", term), ("$min", ids.Min()), ("$max", ids.Max()));
                var existing = await ReadAsync(read, r => (Id: r.GetInt64(0), Block: new PostingBlocks.Block(r.GetInt32(1), r.GetInt32(2),
                    (byte[])r.GetValue(3), (byte[])r.GetValue(4), (byte[])r.GetValue(5))), ct);
                foreach (var (id, _) in existing)
                {
                    Set(delete, ("$id", id));
                    await delete.ExecuteNonQueryAsync(ct);
                }
                var blocks = PostingBlocks.Merge(existing.Select(e => e.Block).OrderBy(b => b.First).ToList(), removed,
                    added.OrderBy(p => p.PostId).ToList());
                foreach (var block in blocks)
                {
                    Set(insert, ("$t", term), ("$first", block.First), ("$last", block.Last), ("$ids", block.Ids), ("$docs", block.Documents), ("$positions", block.Positions));
                    await insert.ExecuteNonQueryAsync(ct);
                }
            }
        }
    }

    public Task ClearAsync(QalamDb db, CancellationToken ct) => WithConnectionAsync(db, async () =>
    {
        await using var cmd = Command(db, """
            DELETE FROM SearchBlocks; DELETE FROM SearchTerms; DELETE FROM SearchWords; DELETE FROM SearchDocuments;
            DELETE FROM SearchText; UPDATE SearchStats SET Documents = 0, TotalLength = 0 WHERE Id = 1;
            """);
        await cmd.ExecuteNonQueryAsync(ct);
    });

    public async Task<SearchStatistics> ReadStatisticsAsync(QalamDb db, IReadOnlyCollection<string> terms, CancellationToken ct)
    {
        SearchStatistics? result = null;
        await WithConnectionAsync(db, async () =>
        {
            await using var stats = Command(db, "SELECT Documents, TotalLength FROM SearchStats WHERE Id = 1");
            var (documents, total) = (await ReadAsync(stats, r => (r.GetInt64(0), r.GetDouble(1)), ct)).FirstOrDefault();
            var df = new Dictionary<string, long>(StringComparer.Ordinal);
            if (terms.Count > 0)
            {
                await using var cmd = Command(db, "SELECT Term, Df FROM SearchTerms WHERE Term IN (SELECT value FROM json_each($terms))",
                    ("$terms", JsonSerializer.Serialize(terms, Json)));
                foreach (var (term, count) in await ReadAsync(cmd, r => (r.GetString(0), r.GetInt64(1)), ct)) df[term] = count;
            }
            result = new SearchStatistics(documents, documents == 0 ? 1 : Math.Max(1, total / documents), df);
        });
        return result!;
    }

    public async Task<TermPostings> ReadPostingsAsync(QalamDb db, string term, PostingParts parts, int expected, CancellationToken ct)
    {
        var documents = parts == PostingParts.Documents ? "Documents" : "x''";
        var postings = new TermPostings(parts, expected);
        await WithConnectionAsync(db, async () =>
        {
            await using var cmd = Command(db, $"SELECT First, Ids, {documents} FROM SearchBlocks WHERE Term = $t ORDER BY First", ("$t", term));
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            // Blocks are appended as they are read, into arrays sized from the document frequency.
            while (await reader.ReadAsync(ct))
            {
                postings.Append(reader.GetInt32(0), (byte[])reader.GetValue(1), (byte[])reader.GetValue(2));
            }
        });
        return postings.Complete();
    }

    public async Task<IReadOnlyDictionary<int, byte[]>> ReadPositionsAsync(QalamDb db, string term, IReadOnlyCollection<int> blockFirsts, CancellationToken ct)
    {
        var positions = new Dictionary<int, byte[]>();
        if (blockFirsts.Count == 0) return positions;
        await WithConnectionAsync(db, async () =>
        {
            await using var cmd = Command(db, "SELECT First, Positions FROM SearchBlocks WHERE Term = $t AND First IN (SELECT value FROM json_each($firsts))",
                ("$t", term), ("$firsts", JsonSerializer.Serialize(blockFirsts)));
            foreach (var (first, data) in await ReadAsync(cmd, r => (r.GetInt32(0), (byte[])r.GetValue(1)), ct)) positions[first] = data;
        });
        return positions;
    }

    public async Task<HashSet<int>> MatchExactAsync(QalamDb db, IReadOnlyList<IReadOnlyList<string>> phrases, bool all, CancellationToken ct)
    {
        // Terms are letters and digits only; quoting keeps FTS5 from reading any of them as an operator.
        var match = string.Join(all ? " AND " : " OR ", phrases.Select(p => "\"" + string.Join(' ', p).Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
        HashSet<int> ids = [];
        await WithConnectionAsync(db, async () =>
        {
            await using var cmd = Command(db, "SELECT rowid FROM SearchText WHERE SearchText MATCH $match", ("$match", match));
            ids = [.. await ReadAsync(cmd, r => r.GetInt32(0), ct)];
        });
        return ids;
    }

    public async Task<IReadOnlyList<string>> ListWordsAsync(QalamDb db, int minLength, int maxLength, CancellationToken ct)
    {
        IReadOnlyList<string> words = [];
        await WithConnectionAsync(db, async () =>
        {
            await using var cmd = Command(db, "SELECT Word FROM SearchWords WHERE Length BETWEEN $min AND $max", ("$min", minLength), ("$max", maxLength));
            words = await ReadAsync(cmd, r => r.GetString(0), ct);
        });
        return words;
    }

    public async Task<IReadOnlyList<string>> ListWordsStartingAsync(QalamDb db, string prefix, int take, CancellationToken ct)
    {
        IReadOnlyList<string> words = [];
        await WithConnectionAsync(db, async () =>
        {
            // A range on the word's key rather than LIKE, which would not use it.
            await using var cmd = Command(db, "SELECT Word FROM SearchWords WHERE Word >= $from AND Word < $to ORDER BY Df DESC, Word LIMIT $take",
                ("$from", prefix), ("$to", prefix + '\uFFFF'), ("$take", take));
            words = await ReadAsync(cmd, r => r.GetString(0), ct);
        });
        return words;
    }

    // Opens the context's connection for the work if it is not open already, and leaves it as it found it.
    private static async Task WithConnectionAsync(QalamDb db, Func<Task> work)
    {
        await db.Database.OpenConnectionAsync();
        try
        {
            await work();
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static SqliteCommand Command(QalamDb db, string sql, params (string Name, object Value)[] parameters)
    {
        var cmd = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }

    private static void Set(SqliteCommand cmd, params (string Name, object Value)[] values)
    {
        foreach (var (name, value) in values) cmd.Parameters[name].Value = value;
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteCommand cmd, Func<SqliteDataReader, T> map, CancellationToken ct)
    {
        var list = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(map(reader));
        return list;
    }
}
