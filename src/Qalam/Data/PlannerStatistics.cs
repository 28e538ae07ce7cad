using Microsoft.EntityFrameworkCore;

namespace Qalam.Data;

/// <summary>
/// SQLite plans joins from table statistics; without them it reads every post to find a tag's few, and sampled ones
/// misled it too. optimize analyses only tables whose size changed much since their last statistics (about 0.2 s for
/// 20,000 posts), so it runs at start-up and after an import, when a site's tables grow by thousands of rows at once.
/// </summary>
public static class PlannerStatistics
{
    public static async Task RefreshAsync(QalamDb db, CancellationToken ct)
    {
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA optimize = 0x10002;", ct);
    }
}
