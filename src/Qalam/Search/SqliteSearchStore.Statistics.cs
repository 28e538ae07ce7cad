using System.Text.Json;
using Qalam.Data;

namespace Qalam.Search;

public sealed partial class SqliteSearchStore
{
    /// <summary>Adds a write's counts to the statistics, each term and word once.</summary>
    private static async Task ApplyCountsAsync(QalamDb db, IndexChanges changes, CancellationToken ct)
    {
        if (!changes.CountsChange) return;
        await using var cmd = Command(db, $"""
            INSERT INTO SearchTerms (Term, Df) SELECT key, value FROM json_each($terms) WHERE true
                ON CONFLICT (Term) DO UPDATE SET Df = Df + excluded.Df;
            INSERT INTO SearchWords (Word, Length, Df) SELECT key, length(key), value FROM json_each($words) WHERE true
                ON CONFLICT (Word) DO UPDATE SET Df = Df + excluded.Df;
            {(changes.Empties ? """
                DELETE FROM SearchTerms WHERE Df <= 0 AND Term IN (SELECT key FROM json_each($terms));
                DELETE FROM SearchWords WHERE Df <= 0 AND Word IN (SELECT key FROM json_each($words));
                """ : "")}
            UPDATE SearchStats SET Documents = Documents + $documents, TotalLength = TotalLength + $length WHERE Id = 1;
            """, ("$terms", JsonSerializer.Serialize(changes.TermCounts, Json)), ("$words", JsonSerializer.Serialize(changes.WordCounts, Json)),
            ("$documents", changes.Documents), ("$length", changes.Length));
        await cmd.ExecuteNonQueryAsync(ct);
    }
}
