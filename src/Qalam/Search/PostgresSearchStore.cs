using System.Text.Json;
using Microsoft.EntityFrameworkCore;
using Npgsql;
using Qalam.Data;

namespace Qalam.Search;

/// <summary>
/// The PostgreSQL backend: the same tables and posting blocks as <see cref="SqliteSearchStore"/>, made by the
/// Postgres SearchIndex migration, with text columns in the "C" collation so words sort and compare as in SQLite.
/// Exact mode matches the stored exact forms (SearchDocuments.Exact) in C#. Every write first locks the one statistics
/// row: index writers queue on it until their transaction commits, as SQLite's single writer does, so concurrent saves
/// never lose a block's or a count's update.
/// </summary>
public sealed partial class PostgresSearchStore : ISearchStore
{
    private readonly PostingsCache _cache = new();

    private static readonly JsonSerializerOptions Json = new() { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public Task WriteAsync(QalamDb db, IReadOnlyList<SearchDocument> documents, CancellationToken ct) =>
        documents.Count == 0 ? Task.CompletedTask : WithConnectionAsync(db, async () =>
        {
            await LockAsync(db, ct);
            var changes = await RemoveDocumentsAsync(db, documents.Select(d => d.Post.PostId).ToArray(), ct);
            var languages = await LanguagesForAsync(db, documents, ct);
            foreach (var document in documents)
            {
                var keys = document.Keys.ToList();
                var language = languages.Of(document.Post.Language);
                changes.Count(keys, document.Words, document.Length, 1);
                foreach (var key in keys) changes.For(key).Added.Add(Posting.From(document, key, language));
            }
            // All the documents in one statement: a round trip each made a rebuild wait on the network, not the database.
            await using var insert = Command(db, """
                INSERT INTO "SearchDocuments" ("PostId", "AuthorId", "Kind", "Language", "Published", "Length", "Terms", "Words", "Exact")
                SELECT * FROM unnest(@id, @author, @kind, @language, @published, @length, @terms, @words, @exact)
                """, ("id", documents.Select(d => d.Post.PostId).ToArray()), ("author", documents.Select(d => d.Post.AuthorId).ToArray()),
                ("kind", documents.Select(d => d.Post.Kind.ToString()).ToArray()), ("language", documents.Select(d => d.Post.Language ?? "").ToArray()),
                ("published", documents.Select(d => d.PublishedSeconds).ToArray()), ("length", documents.Select(d => d.Length).ToArray()),
                ("terms", documents.Select(d => JsonSerializer.Serialize(d.Keys.ToList(), Json)).ToArray()),
                ("words", documents.Select(d => JsonSerializer.Serialize(d.Words, Json)).ToArray()), ("exact", documents.Select(d => d.ExactTerms).ToArray()));
            await insert.ExecuteNonQueryAsync(ct);
            await ApplyAsync(db, changes, ct);
        });

    public Task RemoveAsync(QalamDb db, IReadOnlyCollection<int> postIds, CancellationToken ct) =>
        postIds.Count == 0 ? Task.CompletedTask : WithConnectionAsync(db, async () =>
        {
            await LockAsync(db, ct);
            await ApplyAsync(db, await RemoveDocumentsAsync(db, postIds.ToArray(), ct), ct);
        });

    private static async Task<IndexChanges> RemoveDocumentsAsync(QalamDb db, int[] postIds, CancellationToken ct)
    {
        var changes = new IndexChanges();
        await using var find = Command(db, "SELECT \"PostId\", \"Terms\", \"Words\", \"Length\" FROM \"SearchDocuments\" WHERE \"PostId\" = ANY(@ids)", ("ids", postIds));
        var indexed = await ReadAsync(find, r => (Id: r.GetInt32(0), Terms: JsonSerializer.Deserialize<string[]>(r.GetString(1), Json)!,
            Words: JsonSerializer.Deserialize<string[]>(r.GetString(2), Json)!, Length: r.GetDouble(3)), ct);
        if (indexed.Count == 0) return changes;
        foreach (var (id, terms, words, length) in indexed)
        {
            changes.Count(terms, words, length, -1);
            foreach (var term in terms) changes.For(term).Removed.Add(id);
        }
        await using var remove = Command(db, "DELETE FROM \"SearchDocuments\" WHERE \"PostId\" = ANY(@ids)", ("ids", indexed.Select(d => d.Id).ToArray()));
        await remove.ExecuteNonQueryAsync(ct);
        return changes;
    }

    public Task ClearAsync(QalamDb db, CancellationToken ct) => WithConnectionAsync(db, async () =>
    {
        await LockAsync(db, ct);
        // The languages' numbers outlive the index.
        foreach (var sql in new[] { "DELETE FROM \"SearchBlocks\"", "DELETE FROM \"SearchTerms\" WHERE NOT (\"Term\" > @prefix AND \"Term\" < @end)", "DELETE FROM \"SearchWords\"", "DELETE FROM \"SearchDocuments\"",
            "UPDATE \"SearchStats\" SET \"Documents\" = 0, \"TotalLength\" = 0 WHERE \"Id\" = 1" })
        {
            await using var cmd = Command(db, sql, ("prefix", IndexLanguages.Prefix), ("end", IndexLanguages.End));
            await cmd.ExecuteNonQueryAsync(ct);
        }
    });

    // The statistics row, locked until the transaction ends; outside a transaction (a verb's single statement) it is
    // released at once, which is right: there is no read-modify-write to protect across statements then.
    private static async Task LockAsync(QalamDb db, CancellationToken ct)
    {
        await using var cmd = Command(db, "SELECT 1 FROM \"SearchStats\" WHERE \"Id\" = 1 FOR UPDATE");
        await cmd.ExecuteNonQueryAsync(ct);
    }

    private static Task WithConnectionAsync(QalamDb db, Func<Task> work) => RawCommands.WithConnectionAsync(db, work);

    private static NpgsqlCommand Command(QalamDb db, string sql, params (string Name, object Value)[] parameters) => RawCommands.Create<NpgsqlCommand>(db, sql, parameters);

    private static async Task<List<T>> ReadAsync<T>(NpgsqlCommand cmd, Func<NpgsqlDataReader, T> map, CancellationToken ct)
    {
        var list = new List<T>();
        await using var reader = await cmd.ExecuteReaderAsync(ct);
        while (await reader.ReadAsync(ct)) list.Add(map(reader));
        return list;
    }
}
