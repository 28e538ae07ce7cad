using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Import;

/// <summary>
/// The real program, as a child process, killed with SIGKILL in the middle of a large import: the database must be
/// as after a whole batch, and running the same command again must give exactly what a clean import gives.
/// </summary>
public sealed class KillAndResumeTests : IDisposable
{
    private const int Posts = 1500;
    private const int Batch = 25;
    private readonly QalamFactory _killed = new(demo: false);
    private readonly QalamFactory _clean = new(demo: false);

    public void Dispose()
    {
        _killed.Dispose();
        _clean.Dispose();
    }

    [Fact]
    public Task Killing_an_import_midway_leaves_whole_batches_and_a_rerun_equals_a_clean_import() => KillAndResumeAsync(translations: false);

    /// <summary>Groups cut across batches (and across the kill) end as a clean import links them: languages, groups, originals.</summary>
    [Fact]
    public async Task Killing_an_import_of_translations_midway_and_rerunning_it_links_them_as_a_clean_import()
    {
        await KillAndResumeAsync(translations: true);
        var groups = await _killed.WithDbAsync(db => db.Posts.Where(p => p.TranslationGroupId != null).GroupBy(p => p.TranslationGroupId)
            .Select(g => new { Id = g.Key, Count = g.Count(), Original = g.Count(p => p.Id == g.Key && p.Language == "ar") }).ToListAsync());
        // 500 groups of three; every fourth has a second English post, kept out of it.
        Assert.Equal(Posts / 3, groups.Count);
        Assert.Equal(Posts / 3 / 4, groups.Count(g => g.Count == 2));
        Assert.All(groups, g => Assert.Equal(1, g.Original));
        Assert.Equal(Posts / 3 - Posts / 3 / 4, await _killed.WithDbAsync(db => db.Posts.CountAsync(p => p.Language == "fr")));
    }

    private async Task KillAndResumeAsync(bool translations)
    {
        var export = Path.Combine(_killed.DataDirectory, "big.xml");
        WxrGenerator.Write(export, Posts, edgeCases: true, translations: translations);

        using (var run = StartImport(_killed.DataDirectory, export))
        {
            await WaitForPostsAsync(_killed.DataDirectory, run, atLeast: 4 * Batch);
            run.Kill(entireProcessTree: true);
            await run.WaitForExitAsync();
        }

        var (posts, imported, integrity) = await _killed.WithDbAsync(async db => (
            await db.Posts.CountAsync(),
            await db.ImportedItems.CountAsync(i => i.ItemType == "post"),
            await db.Database.SqlQueryRaw<string>("PRAGMA integrity_check").ToListAsync()));
        Assert.Equal(["ok"], integrity);
        Assert.InRange(posts, 4 * Batch, Posts - 1);
        Assert.Equal(0, posts % Batch);
        Assert.Equal(posts, imported);
        Assert.Equal(posts, await _killed.WithDbAsync(db => db.Comments.CountAsync()));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();

        Assert.Equal(0, await RunToEndAsync(_killed.DataDirectory, export));
        Assert.Equal(0, await RunToEndAsync(_clean.DataDirectory, export));
        var resumed = await SnapshotAsync(_killed);
        Assert.Equal(Posts, resumed.Posts.Count);
        Assert.Equal(await SnapshotAsync(_clean), resumed);
    }

    private sealed record Snapshot(List<string> Posts, int Redirects, int Comments, int Tags, int Categories, int People)
    {
        public bool Equals(Snapshot? other) => other is not null && Posts.SequenceEqual(other.Posts) &&
            (Redirects, Comments, Tags, Categories, People) == (other.Redirects, other.Comments, other.Tags, other.Categories, other.People);

        public override int GetHashCode() => Posts.Count;
    }

    private static Task<Snapshot> SnapshotAsync(QalamFactory factory) => factory.WithDbAsync(async db => new Snapshot(
        (await db.Posts.Select(p => new
        {
            p.Slug, p.Title, p.Status, p.PublishedUtc, p.BodyHtml, Author = p.Author.Slug, Cats = p.Categories.Count, Tags = p.Tags.Count, p.Language,
            // A group by its original's slug: ids may differ between the two databases, the posts they link may not.
            Original = db.Posts.Where(o => o.Id == p.TranslationGroupId).Select(o => o.Slug).FirstOrDefault(),
        }).ToListAsync())
            .Select(p => $"{p.Slug}|{p.Title}|{p.Status}|{p.PublishedUtc:O}|{p.BodyHtml.GetHashCode()}|{p.Author}|{p.Cats}|{p.Tags}|{p.Language}|{p.Original}").Order().ToList(),
        await db.Redirects.CountAsync(), await db.Comments.CountAsync(), await db.Tags.CountAsync(), await db.Categories.CountAsync(), await db.People.CountAsync()));

    private static Process StartImport(string dataDirectory, string export)
    {
        var qalam = Path.Combine(AppContext.BaseDirectory, "Qalam.dll");
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { qalam, "import", "wordpress", export, "--data", dataDirectory, "--batch", Batch.ToString() }) start.ArgumentList.Add(arg);
        start.Environment["Qalam__SeedDemo"] = "false";
        var process = Process.Start(start) ?? throw new InvalidOperationException("Could not start the Qalam program.");
        process.OutputDataReceived += (_, _) => { };
        process.ErrorDataReceived += (_, _) => { };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return process;
    }

    private static async Task<int> RunToEndAsync(string dataDirectory, string export)
    {
        using var run = StartImport(dataDirectory, export);
        await run.WaitForExitAsync(new CancellationTokenSource(TimeSpan.FromMinutes(5)).Token);
        return run.ExitCode;
    }

    /// <summary>Polls the database (as another reader would) until the child has committed enough batches.</summary>
    private static async Task WaitForPostsAsync(string dataDirectory, Process run, int atLeast)
    {
        var deadline = Stopwatch.StartNew();
        var connection = $"Data Source={Path.Combine(dataDirectory, "qalam.db")};Mode=ReadOnly;Pooling=false";
        while (deadline.Elapsed < TimeSpan.FromMinutes(3))
        {
            Assert.False(run.HasExited, "The import finished before it could be killed; make the export larger.");
            await using var db = new Microsoft.Data.Sqlite.SqliteConnection(connection);
            await db.OpenAsync();
            await using var cmd = db.CreateCommand();
            cmd.CommandText = "SELECT count(*) FROM Posts";
            if ((long)(await cmd.ExecuteScalarAsync())! >= atLeast) return;
            await Task.Delay(100);
        }
        throw new TimeoutException("The import did not get going within three minutes.");
    }
}
