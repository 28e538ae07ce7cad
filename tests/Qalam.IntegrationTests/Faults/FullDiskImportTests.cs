using Microsoft.Data.Sqlite;
using Qalam.IntegrationTests.Import;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Faults;

/// <summary>
/// `import wordpress` into a data directory on a disk that fills up halfway: it stops with one line in the terminal's
/// language and no stack trace, keeps whole batches only, and once space is freed the same command finishes the job.
/// </summary>
public sealed class FullDiskImportTests : IDisposable
{
    private const int Posts = 1200;
    private const int Batch = 50;
    private readonly SmallDisk _small = SmallDisk.Mount(5);
    private readonly string _export = Path.Combine(Path.GetTempPath(), $"qalam-full-import-{Guid.NewGuid():N}.xml");

    public void Dispose()
    {
        SqliteConnection.ClearAllPools();
        _small.Dispose();
        File.Delete(_export);
    }

    [Fact]
    public async Task An_import_that_fills_the_disk_stops_cleanly_and_resumes_once_space_is_freed()
    {
        if (!_small.Available()) return; // Not root outside CI: nothing to test here.
        File.Copy(TemplateDatabase.Path(demo: false), Path.Combine(_small.Path, "qalam.db"));
        WxrGenerator.Write(_export, Posts, edgeCases: true);
        var arabic = new Dictionary<string, string> { ["LANG"] = "ar_LY.UTF-8", ["Qalam__SeedDemo"] = "false" };

        var full = await QalamProcess.RunAsync(null, arabic, "import", "wordpress", _export, "--data", _small.Path, "--batch", $"{Batch}");

        Assert.Equal(1, full.ExitCode);
        // The progress bar shares standard error; what follows it is the one line.
        var lines = full.Error.Split('\n', '\r').Where(l => l.Trim().Length > 0 && !l.StartsWith('[')).ToList();
        Assert.Equal(["لا يمكن إكمال الاستيراد: القرص الذي يحمل مجلد البيانات ممتلئ. ما حُفظ من دفعات يبقى كاملًا؛ أفرغ مساحة ثم شغّل الأمر نفسه مرة أخرى ليُكمل الاستيراد."], lines);
        Assert.True(!full.All.Contains("   at "), full.All);
        var (posts, imported, integrity) = await CountAsync();
        Assert.Equal(["ok"], integrity);
        Assert.InRange(posts, 0, Posts - 1);
        Assert.Equal(0, posts % Batch);
        Assert.Equal(posts, imported);

        _small.Grow(256);
        var resumed = await QalamProcess.RunAsync(null, arabic, "import", "wordpress", _export, "--data", _small.Path, "--batch", $"{Batch}");
        Assert.True(resumed.ExitCode == 0, resumed.All);
        (posts, imported, integrity) = await CountAsync();
        Assert.Equal(["ok"], integrity);
        Assert.Equal(Posts, posts);
        Assert.Equal(Posts, imported);
    }

    private async Task<(int Posts, int Imported, List<string> Integrity)> CountAsync()
    {
        await using var db = new SqliteConnection($"Data Source={Path.Combine(_small.Path, "qalam.db")};Pooling=false");
        await db.OpenAsync();
        return ((int)await ScalarAsync<long>(db, "SELECT count(*) FROM Posts"), (int)await ScalarAsync<long>(db, "SELECT count(*) FROM ImportedItems WHERE ItemType = 'post'"),
            [await ScalarAsync<string>(db, "PRAGMA integrity_check")]);
    }

    private static async Task<T> ScalarAsync<T>(SqliteConnection db, string sql)
    {
        await using var cmd = new SqliteCommand(sql, db);
        return (T)(await cmd.ExecuteScalarAsync())!;
    }
}
