using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Data.CopyData;

/// <summary>What `copy-data` will not do, each said in one line with its exit code, before anything is written.</summary>
[Collection(PostgresCollection.Name)]
public sealed class CopyRefusalTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qalam-copy-refused-").FullName;
    private readonly string _source;

    public CopyRefusalTests()
    {
        _source = Path.Combine(_folder, "qalam.db");
        File.Copy(TemplateDatabase.Path(demo: true), _source);
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    [Fact]
    public async Task A_target_that_holds_a_site_is_refused_and_left_as_it_was()
    {
        var busy = PostgresCluster.Shared.CreateDatabase(TemplateDatabase.PostgresName(demo: true));
        try
        {
            var run = await CopyDataRun.RunAsync("sqlite:" + _source, "postgres:" + busy, "--files-to", Path.Combine(_folder, "files"));
            Assert.Equal(3, run.ExitCode);
            Assert.Contains("not empty", CopyDataRun.OneLine(run));
            Assert.False(Directory.Exists(Path.Combine(_folder, "files")));

            var sqliteTarget = Path.Combine(_folder, "second", "qalam.db");
            Directory.CreateDirectory(Path.GetDirectoryName(sqliteTarget)!);
            File.Copy(TemplateDatabase.Path(demo: false), sqliteTarget);
            var back = await CopyDataRun.RunAsync("postgres:" + busy, "sqlite:" + sqliteTarget);
            Assert.Equal(3, back.ExitCode);
            var refusal = CopyDataRun.OneLine(back);
            Assert.True(refusal.Contains("People", StringComparison.Ordinal), refusal);
        }
        finally
        {
            PostgresCluster.Shared.DropDatabase(busy);
        }
    }

    [Fact]
    public async Task A_copy_of_a_site_is_refused_a_second_time_into_the_same_database()
    {
        var target = PostgresCluster.Shared.CreateDatabase();
        try
        {
            var files = Path.Combine(_folder, "files");
            CopyDataRun.Succeeded(await CopyDataRun.RunAsync("sqlite:" + _source, "postgres:" + target, "--files-to", files));
            var again = await CopyDataRun.RunAsync("sqlite:" + _source, "postgres:" + target, "--files-to", files);
            Assert.Equal(3, again.ExitCode);
            Assert.Contains("not empty", CopyDataRun.OneLine(again));
        }
        finally
        {
            PostgresCluster.Shared.DropDatabase(target);
        }
    }

    [Theory]
    [InlineData("ftp:/srv/qalam.db", "sqlite:{folder}/new.db", "is not a database address")]
    [InlineData("{source}", "mysql:Host=db", "is not a database address")]
    [InlineData("sqlite:{folder}/missing.db", "sqlite:{folder}/new.db", "there is no database file")]
    [InlineData("{source}", "{source}", "the same database")]
    [InlineData("{source}", "sqlite:{folder}/no-such-folder/new.db", "does not exist")]
    [InlineData("{source}", "postgres:Host=127.0.0.1;Port=1;Database=qalam;Timeout=5", "Cannot open the database postgres:127.0.0.1:1/qalam")]
    [InlineData("{source}", "postgres:Database=qalam", "not a usable PostgreSQL connection string")]
    public async Task Bad_arguments_are_one_line_and_exit_1(string from, string to, string said)
    {
        string Fill(string s) => s.Replace("{source}", "sqlite:" + _source).Replace("{folder}", _folder);
        var run = await CopyDataRun.RunAsync(Fill(from), Fill(to));
        Assert.True(run.ExitCode == 1, run.All);
        Assert.Contains(said, CopyDataRun.OneLine(run));
        Assert.False(File.Exists(Path.Combine(_folder, "new.db")));
    }

    [Fact]
    public async Task Refusals_are_said_in_arabic_on_an_arabic_terminal()
    {
        var run = await CopyDataRun.RunAsync(new Dictionary<string, string> { ["LANG"] = "ar_LY.UTF-8" }, "sqlite:" + _source, "sqlite:" + _source);
        Assert.Equal(1, run.ExitCode);
        Assert.Contains("المصدر والهدف قاعدة بيانات واحدة", CopyDataRun.OneLine(run));
    }
}
