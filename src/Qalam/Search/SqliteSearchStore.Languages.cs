using Qalam.Data;

namespace Qalam.Search;

public sealed partial class SqliteSearchStore
{
    // The numbers the documents' languages have, giving the next number to a language indexed for the first time.
    // Inside the writer's transaction: SQLite has one writer, so two posts cannot take the same number.
    private static async Task<IndexLanguages> LanguagesForAsync(QalamDb db, IEnumerable<SearchDocument> documents, CancellationToken ct)
    {
        var languages = await ReadLanguagesAsync(db, ct);
        var missing = languages.Missing(documents.Select(d => d.Post.Language));
        if (missing.Count == 0) return languages;
        await using var insert = Command(db, """
            INSERT INTO SearchTerms (Term, Df)
            SELECT $t, COALESCE(MAX(Df), 0) + 1 FROM SearchTerms WHERE Term > $prefix AND Term < $end
            HAVING COALESCE(MAX(Df), 0) < $max AND NOT EXISTS (SELECT 1 FROM SearchTerms WHERE Term = $t)
            """, ("$t", ""), ("$prefix", IndexLanguages.Prefix), ("$end", IndexLanguages.End), ("$max", IndexLanguages.MaxNumber));
        foreach (var code in missing)
        {
            Set(insert, ("$t", IndexLanguages.Key(code)));
            await insert.ExecuteNonQueryAsync(ct);
        }
        return await ReadLanguagesAsync(db, ct);
    }

    private static async Task<IndexLanguages> ReadLanguagesAsync(QalamDb db, CancellationToken ct)
    {
        await using var read = Command(db, "SELECT Term, Df FROM SearchTerms WHERE Term > $prefix AND Term < $end",
            ("$prefix", IndexLanguages.Prefix), ("$end", IndexLanguages.End));
        return new IndexLanguages(await ReadAsync(read, r => new KeyValuePair<string, long>(r.GetString(0), r.GetInt64(1)), ct));
    }
}
