using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Qalam.Bench.Search;
using Qalam.Content;
using Qalam.Data;
using Qalam.Search;

// Search benchmark: generates N Arabic posts, saves the first 2,000 through the index interceptor (indexed in the same
// transaction), loads the rest plainly, rebuilds the whole index as `qalam reindex` does, then times single-word,
// multi-word and phrase searches through PostSearch (what the page runs, minus HTML rendering).
// Usage: dotnet run -c Release --project bench/search -- <posts> [database-file | postgres:<connection string>] [queries-per-kind] [generate|reindex|reuse]
// With postgres:… the same corpus goes into that (empty) PostgreSQL database and is searched through its backend.
var count = args.Length > 0 ? int.Parse(args[0], System.Globalization.CultureInfo.InvariantCulture) : 10_000;
var file = args.Length > 1 ? args[1] : Path.Combine(Path.GetTempPath(), $"qalam-search-bench-{count}.db");
var perKind = args.Length > 2 ? int.Parse(args[2], System.Globalization.CultureInfo.InvariantCulture) : 300;
var mode = args.Length > 3 ? args[3] : "generate"; // reuse: only time queries; reindex: migrate and rebuild an existing database first

var postgres = file.StartsWith("postgres:", StringComparison.Ordinal) ? file["postgres:".Length..] : null;
ISearchStore store = postgres is null ? new SqliteSearchStore() : new PostgresSearchStore();
var indexer = new SearchIndexer(store);
Func<QalamDb> Db, Plain;
if (postgres is null)
{
    var connection = new SqliteConnectionStringBuilder { DataSource = file, Pooling = true }.ToString();
    var options = new DbContextOptionsBuilder<SqliteQalamDb>().UseSqlite(connection).AddInterceptors(new SqlitePragmas(), new SearchIndexInterceptor(indexer)).Options;
    var bulkOptions = new DbContextOptionsBuilder<SqliteQalamDb>().UseSqlite(connection).AddInterceptors(new SqlitePragmas()).Options;
    Db = () => new SqliteQalamDb(options);
    Plain = () => new SqliteQalamDb(bulkOptions);
}
else
{
    var migrations = typeof(QalamDb).Assembly.FullName;
    var options = new DbContextOptionsBuilder<PostgresQalamDb>().UseNpgsql(postgres, s => s.MigrationsAssembly(migrations)).AddInterceptors(new SearchIndexInterceptor(indexer)).Options;
    var bulkOptions = new DbContextOptionsBuilder<PostgresQalamDb>().UseNpgsql(postgres, s => s.MigrationsAssembly(migrations)).Options;
    Db = () => new PostgresQalamDb(options);
    Plain = () => new PostgresQalamDb(bulkOptions);
}

var now = new DateTimeOffset(2026, 11, 29, 12, 0, 0, TimeSpan.Zero);
var clock = new FixedClock(now);
var vocabulary = new Vocabulary(seed: 2026);
if (mode == "generate") await Generator.GenerateAsync(file, count, Db, Plain, indexer, vocabulary, now);
if (mode == "reindex") await Generator.ReindexAsync(Db, indexer, count);

// Warmed on other queries of the same kinds: a site answers searches for days, so the JIT has optimised its code and
// common terms' pages are in memory, but the measured queries were never asked before.
var warmUp = await QuerySets.CreateAsync(Db, vocabulary, perKind);
var queries = await QuerySets.CreateAsync(Db, vocabulary, perKind);
Console.WriteLine();
Console.WriteLine($"Load average before queries: {File.ReadAllText("/proc/loadavg").Trim()}");
Console.WriteLine("| posts | query kind | queries | with results | wall p50 / p95 / p99 ms | CPU p50 / p95 / p99 ms | index only (wall) p50 / p95 / p99 ms |");
Console.WriteLine("|---|---|---|---|---|---|---|");
foreach (var (_, set) in warmUp) await Timing.RunAsync(Db, store, clock, set);
foreach (var (kind, set) in queries)
{
    var gen2 = GC.CollectionCount(2);
    var allocated = GC.GetTotalAllocatedBytes();
    var (times, cpu, rank, withResults) = await Timing.RunAsync(Db, store, clock, set);
    Console.Error.WriteLine($"{kind}: {GC.CollectionCount(2) - gen2} full collections, {(GC.GetTotalAllocatedBytes() - allocated) / set.Count / 1024.0 / 1024:F1} MB allocated per query (twice: whole search, then index only)");
    Console.WriteLine($"| {count:N0} | {kind} | {set.Count} | {withResults} | {Timing.Percentiles(times)} | {Timing.Percentiles(cpu)} | {Timing.Percentiles(rank)} |");
}
if (Timing.ReadCpu.Count > 0) Console.WriteLine($"Breakdown, CPU ms p50 / p95 / p99: reading the page of posts {Timing.Percentiles(Timing.ReadCpu)}; titles and snippets {Timing.Percentiles(Timing.HighlightCpu)}");
Console.WriteLine($"Load average after queries: {File.ReadAllText("/proc/loadavg").Trim()}");
if (postgres is null) Console.WriteLine($"Database file: {new FileInfo(file).Length / 1024 / 1024:N0} MB");

internal sealed class FixedClock(DateTimeOffset now) : TimeProvider
{
    public override DateTimeOffset GetUtcNow() => now;
}
