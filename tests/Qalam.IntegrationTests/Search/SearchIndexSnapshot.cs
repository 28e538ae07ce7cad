using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.IntegrationTests.Search;

/// <summary>
/// The search index as text, to compare two ways of building it: the statistics, postings, terms and words that
/// ranking and suggestions read, and (when asked) every document's terms, words and length.
/// </summary>
// Quoted names: the same SQL reads the index on SQLite and on PostgreSQL.
public static class SearchIndexSnapshot
{
    public static async Task<string> ReadAsync(QalamDb db, bool documents)
    {
        var rows = documents
            ? await db.Database.SqlQuery<string>($"SELECT \"PostId\" || ' ' || \"Length\" || ' ' || \"Terms\" || ' ' || \"Words\" AS \"Value\" FROM \"SearchDocuments\" ORDER BY \"PostId\"").ToListAsync()
            : [];
        var stats = await db.Database.SqlQuery<string>($"SELECT \"Documents\" || ' ' || \"TotalLength\" AS \"Value\" FROM \"SearchStats\"").SingleAsync();
        var terms = await db.Database.SqlQuery<string>($"SELECT \"Term\" || ':' || \"Df\" AS \"Value\" FROM \"SearchTerms\" ORDER BY \"Term\"").ToListAsync();
        var words = await db.Database.SqlQuery<string>($"SELECT \"Word\" || ':' || \"Df\" AS \"Value\" FROM \"SearchWords\" ORDER BY \"Word\"").ToListAsync();
        var postings = await db.Database.SqlQuery<string>($"SELECT \"Term\" || ':' || SUM(length(\"Ids\") / 8) AS \"Value\" FROM \"SearchBlocks\" GROUP BY \"Term\" ORDER BY \"Term\"").ToListAsync();
        return string.Join('\n', [.. rows, stats, .. postings, .. terms, .. words]);
    }
}
