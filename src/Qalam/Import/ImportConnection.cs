using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Import;

/// <summary>
/// The import holds one connection open for its whole run, set for writing a lot once. SQLite's memory-mapped reads
/// (on for the site, <see cref="SqlitePragmas"/>) would count every page of the growing file the import touches in
/// the process's memory, so peak memory grew with the export; with ordinary reads the page cache stays bounded.
/// </summary>
internal static class ImportConnection
{
    public static async Task<IAsyncDisposable> OpenAsync(QalamDb db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA mmap_size = 0;", ct);
        return new Closing(db);
    }

    private sealed class Closing(QalamDb db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync() => await db.Database.CloseConnectionAsync();
    }
}
