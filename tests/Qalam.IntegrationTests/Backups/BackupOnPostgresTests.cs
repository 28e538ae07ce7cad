using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Backups;

/// <summary>`backup` and `restore` copy a SQLite site; on PostgreSQL they say, in one line, what to use instead.</summary>
[Collection(PostgresCollection.Name)]
public sealed class BackupOnPostgresTests : IDisposable
{
    private readonly QalamFactory _site = new(demo: false, postgres: true);
    private readonly string _folder = Directory.CreateTempSubdirectory("qalam-backups-pg-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private Dictionary<string, string> OnPostgres => new() { ["Qalam__Database"] = "postgres", ["ConnectionStrings__Default"] = _site.PostgresConnection! };

    [Fact]
    public async Task Backup_and_restore_on_postgres_point_to_pg_dump_and_copy_data()
    {
        var archive = Path.Combine(_folder, "site.tar");
        var backup = await QalamProcess.RunAsync(BackupRun.Passphrase, OnPostgres, "backup", archive, "--data", _site.DataDirectory);
        Assert.Equal(1, backup.ExitCode);
        var line = Assert.Single(backup.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries));
        Assert.Contains("pg_dump", line);
        Assert.Contains("copy-data --from postgres:", line);
        Assert.False(File.Exists(archive));

        File.WriteAllText(archive, "");
        var restore = await QalamProcess.RunAsync(BackupRun.Passphrase, OnPostgres, "restore", archive, "--data", Path.Combine(_folder, "restored"));
        Assert.Equal(1, restore.ExitCode);
        Assert.Contains("pg_dump", Assert.Single(restore.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)));
        Assert.False(Directory.Exists(Path.Combine(_folder, "restored")));
    }
}
