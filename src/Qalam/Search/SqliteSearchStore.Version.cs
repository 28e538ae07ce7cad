using Qalam.Data;

namespace Qalam.Search;

public sealed partial class SqliteSearchStore
{
    // A row of SearchTerms whose document frequency is the version: no term holds a control character, and clearing
    // the index deletes it with the terms, so a half-rebuilt index never claims to be current.
    private const string VersionTerm = "\u0001analyzer";

    public Task WriteAnalyzerVersionAsync(QalamDb db, int version, CancellationToken ct) => WithConnectionAsync(db, async () =>
    {
        await using var cmd = Command(db, "INSERT INTO SearchTerms (Term, Df) VALUES ($t, $v) ON CONFLICT (Term) DO UPDATE SET Df = $v",
            ("$t", VersionTerm), ("$v", version));
        await cmd.ExecuteNonQueryAsync(ct);
    });

    public async Task<int> ReadAnalyzerVersionAsync(QalamDb db, CancellationToken ct) =>
        (int)(await ReadStatisticsAsync(db, [VersionTerm], ct)).DocumentFrequency.GetValueOrDefault(VersionTerm);
}
