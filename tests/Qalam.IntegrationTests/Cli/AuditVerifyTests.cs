using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Qalam.Accounts;
using Qalam.Content;
using Qalam.Data;
using Qalam.IntegrationTests.Accounts;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Cli;

public sealed class AuditVerifyTests : IDisposable
{
    private readonly QalamFactory _factory = new(demo: false);

    public void Dispose() => _factory.Dispose();

    private async Task<int> ExecuteAsync(string sql)
    {
        await using var connection = new SqliteConnection($"Data Source={Path.Combine(_factory.DataDirectory, "qalam.db")};Pooling=false");
        await connection.OpenAsync();
        await using var command = connection.CreateCommand();
        command.CommandText = sql;
        return await command.ExecuteNonQueryAsync();
    }

    [Fact]
    public async Task Audit_verify_accepts_an_untouched_log_and_names_the_first_entry_edited_behind_the_apps_back()
    {
        await _factory.SignedInClientAsync(Role.Editor, email: "ed@example.org");
        await _factory.SignedInClientAsync(Role.Author, email: "au@example.org");
        await _factory.CreateBrowserlessClient().SignInAsync("ed@example.org", "a wrong password");
        var entries = await _factory.WithDbAsync(db => Task.FromResult(db.Audit.OrderBy(e => e.Id).ToList()));
        Assert.Equal(3, entries.Count);

        var ok = await QalamProcess.RunAsync(null, "audit", "verify", "--data", _factory.DataDirectory);
        Assert.True(ok.ExitCode == 0, ok.Output + ok.Error);
        Assert.Contains("3", ok.Output);

        var second = entries[1];
        await Assert.ThrowsAsync<SqliteException>(() => ExecuteAsync($"UPDATE Audit SET ActorName = 'someone else' WHERE Id = {second.Id}"));
        await ExecuteAsync("DROP TRIGGER Audit_no_update");
        Assert.Equal(1, await ExecuteAsync($"UPDATE Audit SET ActorName = 'someone else' WHERE Id = {second.Id}"));

        var broken = await QalamProcess.RunAsync(null, "audit", "verify", "--data", _factory.DataDirectory);
        Assert.NotEqual(0, broken.ExitCode);
        var said = broken.Output + broken.Error;
        Assert.Contains($"#{second.Id}", said);
        Assert.Contains(second.Action, said);
    }

    [Fact]
    public async Task Audit_verify_accepts_entries_written_at_any_moment_not_only_whole_seconds()
    {
        // A real clock has 100 ns ticks; the database keeps less. The chain must hash what it gets back.
        foreach (var ticks in new long[] { 1, 4_321, 9_999_999 })
        {
            _factory.Clock.Advance(TimeSpan.FromTicks(ticks));
            await _factory.WithScopeAsync(async sp =>
            {
                sp.GetRequiredService<AuditLog>().Record("test-entry", $"ticks:{ticks}");
                await sp.GetRequiredService<QalamDb>().SaveChangesAsync();
            });
        }

        var result = await QalamProcess.RunAsync(null, "audit", "verify", "--data", _factory.DataDirectory);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("3", result.Output);
    }

    [Fact]
    public async Task Writers_at_the_same_time_do_not_fork_the_chain()
    {
        await Task.WhenAll(Enumerable.Range(0, 16).Select(i => Task.Run(() => _factory.WithScopeAsync(async sp =>
        {
            sp.GetRequiredService<AuditLog>().Record("test-entry", $"n:{i}");
            await sp.GetRequiredService<QalamDb>().SaveChangesAsync();
        }))));

        var result = await QalamProcess.RunAsync(null, "audit", "verify", "--data", _factory.DataDirectory);
        Assert.True(result.ExitCode == 0, result.Output + result.Error);
        Assert.Contains("16", result.Output);
    }

    [Fact]
    public async Task The_app_refuses_to_change_an_audit_entry()
    {
        await _factory.CreateBrowserlessClient().SignInAsync("nobody@example.org", "a wrong password");
        await Assert.ThrowsAsync<InvalidOperationException>(() => _factory.WithDbAsync(async db =>
        {
            db.Audit.Single().Details = "nothing happened";
            return await db.SaveChangesAsync();
        }));
    }

    [Fact]
    public async Task Viewing_the_audit_log_is_itself_audited()
    {
        var admin = await _factory.SignedInClientAsync(Role.Administrator);
        Assert.Equal(System.Net.HttpStatusCode.OK, (await admin.GetAsync("/admin/audit")).StatusCode);
        Assert.Single(await _factory.AuditAsync("audit-viewed"));
    }
}
