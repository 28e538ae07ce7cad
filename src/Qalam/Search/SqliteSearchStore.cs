using System.Globalization;
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
    public async Task WriteAsync(QalamDb db, SearchDocument document, CancellationToken ct)
    {
        await RemoveAsync(db, document.Post.PostId, ct);
        var id = document.Post.PostId;
        var p = document.Post;
        await ExecuteAsync(db, """
            INSERT INTO SearchDocuments (PostId, AuthorId, Kind, Language, Published, Length, Terms, Words)
            VALUES ($id, $author, $kind, $language, $published, $length, $terms, $words);
            INSERT INTO SearchText (rowid, title, tags, body, exact) VALUES ($id, $title, $tagText, $body, $exact);
            UPDATE SearchStats SET Documents = Documents + 1, TotalLength = TotalLength + $length WHERE Id = 1;
            """, ct, ("$id", id), ("$author", p.AuthorId), ("$kind", p.Kind.ToString()), ("$language", p.Language),
            ("$published", document.PublishedSeconds), ("$length", document.Length),
            ("$terms", string.Join(' ', document.Frequencies.Keys)), ("$words", string.Join(' ', document.Words)),
            ("$title", document.TitleTerms), ("$tagText", document.TagTerms), ("$body", document.BodyTerms), ("$exact", document.ExactTerms));

        await using (var posting = Command(db, """
            INSERT INTO SearchPostings (Term, PostId, Tf, Length, Published) VALUES ($term, $id, $tf, $length, $published);
            INSERT INTO SearchTerms (Term, Df) VALUES ($term, 1) ON CONFLICT (Term) DO UPDATE SET Df = Df + 1;
            """, ("$term", ""), ("$id", id), ("$tf", 0.0), ("$length", document.Length), ("$published", document.PublishedSeconds)))
        {
            foreach (var (term, tf) in document.Frequencies)
            {
                posting.Parameters["$term"].Value = term;
                posting.Parameters["$tf"].Value = tf;
                await posting.ExecuteNonQueryAsync(ct);
            }
        }
        await using var word = Command(db, """
            INSERT INTO SearchWords (Word, Length, Df) VALUES ($word, $length, 1) ON CONFLICT (Word) DO UPDATE SET Df = Df + 1;
            """, ("$word", ""), ("$length", 0));
        foreach (var w in document.Words)
        {
            word.Parameters["$word"].Value = w;
            word.Parameters["$length"].Value = w.Length;
            await word.ExecuteNonQueryAsync(ct);
        }
    }

    public async Task RemoveAsync(QalamDb db, int postId, CancellationToken ct)
    {
        string terms, words;
        double length;
        await using (var find = Command(db, "SELECT Terms, Words, Length FROM SearchDocuments WHERE PostId = $id", ("$id", postId)))
        await using (var reader = await find.ExecuteReaderAsync(ct))
        {
            if (!await reader.ReadAsync(ct)) return;
            (terms, words, length) = (reader.GetString(0), reader.GetString(1), reader.GetDouble(2));
        }
        await using (var term = Command(db, """
            DELETE FROM SearchPostings WHERE Term = $term AND PostId = $id;
            UPDATE SearchTerms SET Df = Df - 1 WHERE Term = $term;
            """, ("$term", ""), ("$id", postId)))
        {
            foreach (var t in terms.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                term.Parameters["$term"].Value = t;
                await term.ExecuteNonQueryAsync(ct);
            }
        }
        await using (var word = Command(db, "UPDATE SearchWords SET Df = Df - 1 WHERE Word = $word", ("$word", "")))
        {
            foreach (var w in words.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                word.Parameters["$word"].Value = w;
                await word.ExecuteNonQueryAsync(ct);
            }
        }
        await ExecuteAsync(db, """
            DELETE FROM SearchTerms WHERE Df <= 0;
            DELETE FROM SearchWords WHERE Df <= 0;
            DELETE FROM SearchText WHERE rowid = $id;
            DELETE FROM SearchDocuments WHERE PostId = $id;
            UPDATE SearchStats SET Documents = Documents - 1, TotalLength = TotalLength - $length WHERE Id = 1;
            """, ct, ("$id", postId), ("$length", length));
    }

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
            var rows = await ReadAsync(cmd, r => (r.GetInt32(0), r.GetDouble(1), r.GetInt32(2)), ct);
            return new RankedPage(rows.Select(r => (r.Item1, r.Item2)).ToList(), rows.Count == 0 ? 0 : rows[0].Item3);
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
