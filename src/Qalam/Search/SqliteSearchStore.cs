using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
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
            var languages = await LanguagesForAsync(db, documents, ct);
            await using var insert = Command(db, """
                INSERT INTO SearchDocuments (PostId, AuthorId, Kind, Language, Published, Length, Terms, Words)
                VALUES ($id, $author, $kind, $language, $published, $length, $terms, $words);
                INSERT INTO SearchText (rowid, exact) VALUES ($id, $exact);
                """, ("$id", 0), ("$author", 0), ("$kind", ""), ("$language", ""), ("$published", 0L), ("$length", 0.0),
                ("$terms", ""), ("$words", ""), ("$exact", ""));
            foreach (var document in documents)
            {
                var p = document.Post;
                var keys = document.Keys.ToList();
                Set(insert, ("$id", p.PostId), ("$author", p.AuthorId), ("$kind", p.Kind.ToString()), ("$language", p.Language),
                    ("$published", document.PublishedSeconds), ("$length", document.Length),
                    ("$terms", JsonSerializer.Serialize(keys, Json)), ("$words", JsonSerializer.Serialize(document.Words, Json)),
                    ("$exact", document.ExactTerms));
                await insert.ExecuteNonQueryAsync(ct);
                changes.Count(keys, document.Words, document.Length, 1);
                var language = languages.Of(p.Language);
                foreach (var key in keys) changes.For(key).Added.Add(Posting.From(document, key, language));
            }
            await ApplyAsync(db, changes, ct);
        });
    }

    public Task RemoveAsync(QalamDb db, IReadOnlyCollection<int> postIds, CancellationToken ct) =>
        postIds.Count == 0 ? Task.CompletedTask : WithConnectionAsync(db, async () =>
            await ApplyAsync(db, await RemoveDocumentsAsync(db, postIds, ct), ct));

    // Takes those of the posts that are indexed out of the statistics, the exact text and the documents, and returns
    // the postings to take out of their terms' blocks.
    private static async Task<IndexChanges> RemoveDocumentsAsync(QalamDb db, IReadOnlyCollection<int> postIds, CancellationToken ct)
    {
        var changes = new IndexChanges();
        await using var find = Command(db, "SELECT PostId, Terms, Words, Length FROM SearchDocuments WHERE PostId IN (SELECT value FROM json_each($ids))",
            ("$ids", JsonSerializer.Serialize(postIds)));
        var indexed = await ReadAsync(find, r => (Id: r.GetInt32(0), Terms: JsonSerializer.Deserialize<string[]>(r.GetString(1), Json)!,
            Words: JsonSerializer.Deserialize<string[]>(r.GetString(2), Json)!, Length: r.GetDouble(3)), ct);
        if (indexed.Count == 0) return changes;
        foreach (var (id, terms, words, length) in indexed)
        {
            changes.Count(terms, words, length, -1);
            foreach (var term in terms) changes.For(term).Removed.Add(id);
        }
        await using var remove = Command(db, """
            DELETE FROM SearchText WHERE rowid IN (SELECT value FROM json_each($ids));
            DELETE FROM SearchDocuments WHERE PostId IN (SELECT value FROM json_each($ids));
            """, ("$ids", JsonSerializer.Serialize(indexed.Select(d => d.Id))));
        await remove.ExecuteNonQueryAsync(ct);
        return changes;
    }

    public Task ClearAsync(QalamDb db, CancellationToken ct) => WithConnectionAsync(db, async () =>
    {
        await using var cmd = Command(db, """
            DELETE FROM SearchBlocks; DELETE FROM SearchTerms WHERE NOT (Term > $prefix AND Term < $end); DELETE FROM SearchWords; DELETE FROM SearchDocuments;
            DELETE FROM SearchText; UPDATE SearchStats SET Documents = 0, TotalLength = 0 WHERE Id = 1;
            """, ("$prefix", IndexLanguages.Prefix), ("$end", IndexLanguages.End)); // the languages' numbers outlive the index
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
                // With the languages' numbers, which a search's filters need (two lookups on the key, not an OR that could scan).
                await using var cmd = Command(db, """
                    SELECT Term, Df FROM SearchTerms WHERE Term IN (SELECT value FROM json_each($terms))
                    UNION ALL SELECT Term, Df FROM SearchTerms WHERE Term > $prefix AND Term < $end
                    """, ("$terms", JsonSerializer.Serialize(terms, Json)), ("$prefix", IndexLanguages.Prefix), ("$end", IndexLanguages.End));
                foreach (var (term, count) in await ReadAsync(cmd, r => (r.GetString(0), r.GetInt64(1)), ct)) df[term] = count;
            }
            result = new SearchStatistics(documents, documents == 0 ? 1 : Math.Max(1, total / documents), df);
        });
        return result!;
    }

    // In-process, a statement per key costs nothing a single one would save.
    public async Task<IReadOnlyDictionary<string, TermPostings>> ReadPostingsAsync(QalamDb db, IReadOnlyList<PostingsWanted> keys, CancellationToken ct)
    {
        var read = new Dictionary<string, TermPostings>(StringComparer.Ordinal);
        foreach (var key in keys) read[key.Key] = await ReadPostingsAsync(db, key.Key, key.Parts, key.Expected, ct);
        return read;
    }

    private async Task<TermPostings> ReadPostingsAsync(QalamDb db, string term, PostingParts parts, int expected, CancellationToken ct)
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

    private static Task WithConnectionAsync(QalamDb db, Func<Task> work) => RawCommands.WithConnectionAsync(db, work);

    private static SqliteCommand Command(QalamDb db, string sql, params (string Name, object Value)[] parameters) => RawCommands.Create<SqliteCommand>(db, sql, parameters);

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
