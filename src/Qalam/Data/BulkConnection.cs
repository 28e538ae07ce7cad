using Microsoft.EntityFrameworkCore;

namespace Qalam.Data;

/// <summary>
/// A WordPress import holds one connection open for its whole run, set for writing a lot at once (its SQLite settings
/// live here, beside the site's own in <see cref="SqlitePragmas"/>). SQLite's memory-mapped reads
/// (on for the site, <see cref="SqlitePragmas"/>) would count every page of the growing file the import touches in
/// the process's memory, so peak memory grew with the export; with ordinary reads the page cache stays bounded.
/// </summary>
internal static class BulkConnection
{
    public static async Task<IAsyncDisposable> OpenAsync(QalamDb db, CancellationToken ct)
    {
        await db.Database.OpenConnectionAsync(ct);
        // A bounded page cache instead (16 MB, against SQLite's 2 MB): the indexes of a large site's tables are read
        // again and again, each read a system call once they no longer fit (32 MB was no faster, and 17 MB heavier). The log is copied into the file every
        // 64 MB rather than every 4 MB, so a page the batches keep changing (an index's last) is copied once, not
        // at every checkpoint. A batch's commit is not synced to the disk: a power cut may lose the last batches
        // (never corrupt the file), and the rerun imports them again. All three go back to the site's settings before
        // the connection returns to the pool.
        if (db.Database.IsSqlite())
        {
            await db.Database.ExecuteSqlRawAsync("PRAGMA mmap_size = 0; PRAGMA cache_size = -16384; PRAGMA wal_autocheckpoint = 16384; PRAGMA synchronous = NORMAL;", ct);
        }
        return new Closing(db);
    }

    private sealed class Closing(QalamDb db) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            try
            {
                if (db.Database.IsSqlite()) await db.Database.ExecuteSqlRawAsync("PRAGMA cache_size = -2000; PRAGMA wal_autocheckpoint = 1000; PRAGMA synchronous = FULL;");
            }
            catch (System.Data.Common.DbException)
            {
                // The import's own error (a locked or full database) is the one to report, not this one's echo of it.
            }
            await db.Database.CloseConnectionAsync();
        }
    }
}
