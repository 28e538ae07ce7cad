using Microsoft.Extensions.DependencyInjection;
using Qalam.Backups;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Backups;

/// <summary>A background job that fails in the night is on the administrator's dashboard in the morning, even after a restart.</summary>
public sealed class JobFailuresTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qalam-backups-").FullName;
    private readonly QalamFactory _site;

    // No passphrase: the scheduled backup cannot seal the keys, and says so.
    public JobFailuresTests() => _site = new QalamFactory(demo: true, settings: new Dictionary<string, string>
    {
        ["Qalam:Backups:Scheduled"] = "false",
        ["Qalam:Backups:Folder"] = _folder,
    });

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static async Task<string> FailedJobsAsync(QalamFactory site) =>
        (await (await site.SignedInClientAsync(Role.Administrator)).GetDocumentAsync("/admin")).QuerySelector("#failed-jobs")!.TextContent;

    [Fact]
    public async Task A_failed_job_is_shown_after_a_restart_and_for_a_week()
    {
        Assert.Contains("لا شيء في الأيام السبعة الماضية.", await FailedJobsAsync(_site));

        Assert.Null(await _site.Services.GetRequiredService<BackupSchedule>().RunOnceAsync());
        var shown = await FailedJobsAsync(_site);
        Assert.Contains("النسخ الاحتياطي:", shown);
        Assert.Contains("Qalam:Backups:Passphrase", shown);

        // A second server started on the same data directory reads it as the restarted site would.
        using var restarted = new QalamFactory(demo: true, now: _site.Clock.GetUtcNow(), settings: new Dictionary<string, string> { ["Qalam:Data"] = _site.DataDirectory });
        Assert.Contains("Qalam:Backups:Passphrase", await FailedJobsAsync(restarted));

        _site.Clock.Advance(JobFailures.Shown + TimeSpan.FromHours(1));
        Assert.Contains("لا شيء في الأيام السبعة الماضية.", await FailedJobsAsync(_site));
    }
}
