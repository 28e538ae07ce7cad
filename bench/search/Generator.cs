using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Qalam.Content;
using Qalam.Data;
using Qalam.Search;

namespace Qalam.Bench.Search;

/// <summary>Creates the database and its posts, then rebuilds the index, reporting both rates.</summary>
internal static class Generator
{
    private const int IndexedOnSave = 2000;

    public static async Task GenerateAsync(string file, int count, Func<QalamDb> indexed, Func<QalamDb> plain, SearchIndexer indexer, Vocabulary vocabulary, DateTimeOffset now)
    {
        var where = "PostgreSQL";
        await using (var db = indexed())
        {
            // A SQLite file is made anew; a PostgreSQL database is given empty by the caller.
            if (db.Database.IsSqlite())
            {
                where = file;
                foreach (var f in new[] { file, file + "-wal", file + "-shm" }) File.Delete(f);
                await db.Database.OpenConnectionAsync();
                await db.Database.ExecuteSqlRawAsync("PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;");
            }
            await db.Database.MigrateAsync();
            db.Settings.Add(new SiteSettings());
            for (var a = 0; a < 8; a++) db.People.Add(new Person { DisplayName = $"كاتب {a}", Slug = $"author-{a}", CreatedUtc = now });
            await db.SaveChangesAsync();
        }

        Console.WriteLine($"Generating {count:N0} posts into {where} …");
        var write = Stopwatch.StartNew();
        for (var done = 0; done < count;)
        {
            if (done == IndexedOnSave) Report("Saved and indexed on save (interceptor, 1,000 per SaveChanges)", done, write);
            // Beyond the first posts, load without the interceptor: the rebuild below indexes everything anyway.
            await using var db = done < IndexedOnSave ? indexed() : plain();
            var batch = Math.Min(1000, count - done);
            for (var i = 0; i < batch; i++, done++) db.Posts.Add(NewPost(done, vocabulary, now));
            await db.SaveChangesAsync();
        }

        var rebuild = Stopwatch.StartNew();
        await using (var db = indexed()) await indexer.RebuildAsync(db, null, CancellationToken.None);
        Report("Rebuilt (qalam reindex)", count, rebuild);
    }

    /// <summary>Brings an existing benchmark database to the current schema and rebuilds its index, timing the rebuild.</summary>
    public static async Task ReindexAsync(Func<QalamDb> indexed, SearchIndexer indexer, int count)
    {
        await using var db = indexed();
        await db.Database.MigrateAsync();
        var rebuild = Stopwatch.StartNew();
        var done = await indexer.RebuildAsync(db, null, CancellationToken.None);
        Report("Rebuilt (qalam reindex)", done, rebuild);
    }

    private static readonly int EnglishEvery = int.TryParse(Environment.GetEnvironmentVariable("QALAM_BENCH_ENGLISH_EVERY"), out var n) ? n : 0;

    private static Post NewPost(int n, Vocabulary vocabulary, DateTimeOffset now)
    {
        var published = now.AddMinutes(-vocabulary.Next(60, 5 * 365 * 24 * 60));
        var paragraphs = Enumerable.Range(0, vocabulary.Next(2, 5)).Select(_ => $"<p>{vocabulary.Sentence(vocabulary.Next(30, 70))}.</p>");
        return new Post
        {
            Title = vocabulary.Sentence(vocabulary.Next(5, 11)),
            Slug = $"post-{n}",
            // The generated corpus is Arabic; QALAM_BENCH_ENGLISH_EVERY=n labels every n-th post English (same words), so
            // a search in the reader's language also has other-language matches to count.
            Language = EnglishEvery is > 0 and var every && n % every == 0 ? "en" : "ar",
            BodyHtml = string.Concat(paragraphs),
            Status = PostStatus.Published,
            PublishedUtc = published,
            CreatedUtc = published,
            UpdatedUtc = published,
            AuthorId = 1 + n % 8,
        };
    }

    private static void Report(string what, int posts, Stopwatch watch) =>
        Console.WriteLine($"{what}: {posts / watch.Elapsed.TotalSeconds:N0} posts/s ({posts:N0} posts in {watch.Elapsed.TotalSeconds:N1} s; load average {File.ReadAllText("/proc/loadavg").Trim()})");
}
