using Microsoft.EntityFrameworkCore;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Faults;

/// <summary>What the running app's own connections use: WAL, and a sync at every commit, so an answered save survives a power cut.</summary>
public sealed class DurabilityPragmaTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    [Fact]
    public async Task The_apps_connections_use_wal_and_full_synchronous()
    {
        var (journal, synchronous) = await _factory.WithDbAsync(async db => (
            (await db.Database.SqlQueryRaw<string>("PRAGMA journal_mode").ToListAsync()).Single(),
            (await db.Database.SqlQueryRaw<int>("PRAGMA synchronous").ToListAsync()).Single()));
        Assert.Equal("wal", journal);
        Assert.Equal(2, synchronous); // FULL
    }
}
