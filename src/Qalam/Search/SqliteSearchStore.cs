using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Storage;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// The embedded backend: Qalam's statistics in plain tables (SearchDocuments, SearchPostings, SearchTerms, SearchWords,
/// SearchStats) and an FTS5 table (SearchText) over the analysed text for phrases and exclusions. Created by the
/// SearchIndex migration. SQLite's own bm25() is not used: ranking is <see cref="SearchRanking"/>, evaluated in SQL.
/// </summary>
public sealed class SqliteSearchStore : ISearchStore
{
    // Arabic stays as UTF-8 in the stored term lists rather than \u escapes (a third of the size).
    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    // Each document is a handful of statements: its terms and words travel as JSON arrays and SQLite loops over them
    // (json_each), which is many times faster than a statement per term.
    public async Task WriteAsync(QalamDb db, SearchDocument document, CancellationToken ct)
    {
        var p = document.Post;
        await ExecuteAsync(db, RemoveSql + """
            INSERT INTO SearchDocuments (PostId, AuthorId, Kind, Language, Published, Length, Terms, Words)
            VALUES ($id, $author, $kind, $language, $published, $length, $terms, $words);
            INSERT INTO SearchText (rowid, title, tags, body, exact) VALUES ($id, $title, $tagText, $body, $exact);
            INSERT INTO SearchPostings (Term, PostId, Tf, Length, Published)
                SELECT value ->> 0, $id, value ->> 1, $length, $published FROM json_each($postings);
            INSERT INTO SearchTerms (Term, Df) SELECT value, 1 FROM json_each($terms) WHERE true
                ON CONFLICT (Term) DO UPDATE SET Df = Df + 1;
            INSERT INTO SearchWords (Word, Length, Df) SELECT value, length(value), 1 FROM json_each($words) WHERE true
                ON CONFLICT (Word) DO UPDATE SET Df = Df + 1;
            UPDATE SearchStats SET Documents = Documents + 1, TotalLength = TotalLength + $length WHERE Id = 1;
            """, ct, ("$id", p.PostId), ("$author", p.AuthorId), ("$kind", p.Kind.ToString()), ("$language", p.Language),
            ("$published", document.PublishedSeconds), ("$length", document.Length),
            ("$terms", JsonSerializer.Serialize(document.Frequencies.Keys, Json)), ("$words", JsonSerializer.Serialize(document.Words, Json)),
            ("$postings", JsonSerializer.Serialize(document.Frequencies.Select(f => new object[] { f.Key, f.Value }), Json)),
            ("$title", document.TitleTerms), ("$tagText", document.TagTerms), ("$body", document.BodyTerms), ("$exact", document.ExactTerms));
    }

    public Task RemoveAsync(QalamDb db, int postId, CancellationToken ct) => ExecuteAsync(db, RemoveSql, ct, ("$id", postId));

    // Undoes a document's statistics from the term and word lists it was stored with; does nothing if it is not indexed.
    private const string RemoveSql = """
        UPDATE SearchStats SET Documents = Documents - 1, TotalLength = TotalLength - d.Length
            FROM (SELECT Length FROM SearchDocuments WHERE PostId = $id) AS d WHERE Id = 1;
        DELETE FROM SearchPostings WHERE PostId = $id AND Term IN (SELECT value FROM json_each((SELECT Terms FROM SearchDocuments WHERE PostId = $id)));
        UPDATE SearchTerms SET Df = Df - 1 WHERE Term IN (SELECT value FROM json_each((SELECT Terms FROM SearchDocuments WHERE PostId = $id)));
        DELETE FROM SearchTerms WHERE Df <= 0 AND Term IN (SELECT value FROM json_each((SELECT Terms FROM SearchDocuments WHERE PostId = $id)));
        UPDATE SearchWords SET Df = Df - 1 WHERE Word IN (SELECT value FROM json_each((SELECT Words FROM SearchDocuments WHERE PostId = $id)));
        DELETE FROM SearchWords WHERE Df <= 0 AND Word IN (SELECT value FROM json_each((SELECT Words FROM SearchDocuments WHERE PostId = $id)));
        DELETE FROM SearchText WHERE rowid = $id AND EXISTS (SELECT 1 FROM SearchDocuments WHERE PostId = $id);
        DELETE FROM SearchDocuments WHERE PostId = $id;

        """;

    public Task ClearAsync(QalamDb db, CancellationToken ct) => ExecuteAsync(db, """
        DELETE FROM SearchPostings; DELETE FROM SearchTerms; DELETE FROM SearchWords; DELETE FROM SearchDocuments;
        DELETE FROM SearchText; UPDATE SearchStats SET Documents = 0, TotalLength = 0 WHERE Id = 1;
        """, ct);

    public async Task<IReadOnlyList<string>> ListTagNamesAsync(QalamDb db, int postId, CancellationToken ct)
    {
        await using var cmd = Command(db, "SELECT t.Name FROM PostTags pt JOIN Tags t ON t.Id = pt.TagsId WHERE pt.PostsId = $id ORDER BY t.Name", ("$id", postId));
        return await ReadAsync(cmd, r => r.GetString(0), ct);
    }

    public async Task<SearchStatistics> ReadStatisticsAsync(QalamDb db, IReadOnlyCollection<string> terms, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var stats = Command(db, "SELECT Documents, TotalLength FROM SearchStats WHERE Id = 1");
            var (documents, total) = (await ReadAsync(stats, r => (r.GetInt64(0), r.GetDouble(1)), ct)).FirstOrDefault();
            var names = terms.Select((_, i) => "$t" + i.ToString(CultureInfo.InvariantCulture)).ToList();
            var df = new Dictionary<string, long>(StringComparer.Ordinal);
            if (terms.Count > 0)
            {
                await using var cmd = Command(db, $"SELECT Term, Df FROM SearchTerms WHERE Term IN ({string.Join(',', names)})",
                    [.. terms.Select((t, i) => (names[i], (object)t))]);
                foreach (var (term, count) in await ReadAsync(cmd, r => (r.GetString(0), r.GetInt64(1)), ct)) df[term] = count;
            }
            return new SearchStatistics(documents, documents == 0 ? 1 : Math.Max(1, total / documents), df);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<RankedPage> RankAsync(QalamDb db, SearchPlan plan, SearchStatistics statistics, CancellationToken ct)
    {
        if (plan.IsEmpty) return new RankedPage([], 0);
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            var (sql, parameters) = SqliteRankingSql.Build(plan, statistics);
            await using var cmd = Command(db, sql, [.. parameters]);
            await using var reader = await cmd.ExecuteReaderAsync(ct);
            var hits = new List<(int, double)>();
            while (await reader.ReadAsync(ct)) hits.Add((reader.GetInt32(0), reader.GetDouble(1)));
            await reader.NextResultAsync(ct);
            await reader.ReadAsync(ct);
            return new RankedPage(hits, reader.GetInt32(0));
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    public async Task<IReadOnlyList<string>> ListWordsAsync(QalamDb db, int minLength, int maxLength, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        try
        {
            await using var cmd = Command(db, "SELECT Word FROM SearchWords WHERE Length BETWEEN $min AND $max", ("$min", minLength), ("$max", maxLength));
            return await ReadAsync(cmd, r => r.GetString(0), ct);
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static async Task ExecuteAsync(QalamDb db, string sql, CancellationToken ct, params (string, object)[] parameters)
    {
        await using var cmd = Command(db, sql, parameters);
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static SqliteCommand Command(QalamDb db, string sql, params (string Name, object Value)[] parameters)
    {
        var cmd = (SqliteCommand)db.Database.GetDbConnection().CreateCommand();
        cmd.CommandText = sql;
        cmd.Transaction = (SqliteTransaction?)db.Database.CurrentTransaction?.GetDbTransaction();
        foreach (var (name, value) in parameters) cmd.Parameters.AddWithValue(name, value);
        return cmd;
    }

    private static async Task<List<T>> ReadAsync<T>(SqliteCommand cmd, Func<SqliteDataReader, T> map, CancellationToken ct)
    {
        var list = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(map(reader));
        return list;
    }
}
