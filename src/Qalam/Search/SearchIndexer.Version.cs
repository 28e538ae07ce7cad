using Microsoft.EntityFrameworkCore;
using Qalam.Data;

namespace Qalam.Search;

public sealed partial class SearchIndexer
{
    /// <summary>
    /// Rebuilds at start when the index cannot answer as this version of Qalam would: it is empty while there are posts
    /// (a first start on imported data, or a migration that emptied it), or it was built by another analyser version,
    /// so the same word would be looked up under a term the stored posts were never given.
    /// </summary>
    public async Task RebuildIfStaleAsync(QalamDb db, ILogger log, CancellationToken ct)
    {
        var statistics = await store.ReadStatisticsAsync(db, [], ct);
        var version = await store.ReadAnalyzerVersionAsync(db, ct);
        if (statistics.Documents == 0 && !await Indexable(db.Posts).AnyAsync(ct))
        {
            if (version != SearchAnalyzer.Version) await MarkCurrentAsync(db, ct);
            return;
        }
        if (statistics.Documents > 0 && version == SearchAnalyzer.Version) return;
        log.LogInformation("The search index is empty or was built by another version of the search analyser; indexing every published post");
        var count = await RebuildAsync(db, null, ct);
        log.LogInformation("Indexed {Count} posts for search", count);
    }

    /// <summary>Notes that the index, as it stands, was built by this analyser (a new site's, indexed as posts were saved).</summary>
    public Task MarkCurrentAsync(QalamDb db, CancellationToken ct) => store.WriteAnalyzerVersionAsync(db, SearchAnalyzer.Version, ct);
}
