using Microsoft.Extensions.DependencyInjection;
using Qalam.Backups;
using Qalam.Content;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Backups;

/// <summary>The daily backup from the background round, its retention, and what the administrator's dashboard says about it.</summary>
public sealed class ScheduledBackupTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("qalam-backups-").FullName;
    private readonly QalamFactory _site;

    public ScheduledBackupTests() => _site = new QalamFactory(demo: true, settings: new Dictionary<string, string>
    {
        // The round is called by the test, not the hosted loop, whose fake-clock wait would race the clock moved here.
        ["Qalam:Backups:Scheduled"] = "false",
        ["Qalam:Backups:Passphrase"] = BackupRun.Passphrase,
        ["Qalam:Backups:Folder"] = _folder,
        ["Qalam:Backups:KeepDaily"] = "2",
        ["Qalam:Backups:KeepWeekly"] = "1",
    });

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private string[] Archives() => Directory.GetFiles(_folder, "*.tar").Select(Path.GetFileName).Order().ToArray()!;

    [Fact]
    public async Task Overlapping_rounds_take_one_backup_a_day_and_keep_the_newest_days_and_weeks()
    {
        var admin = await _site.SignedInClientAsync(Role.Administrator);
        var schedule = _site.Services.GetRequiredService<BackupSchedule>();
        // Three rounds overlap, then a fourth comes the same day: one archive for the day, whole.
        var taken = await Task.WhenAll(schedule.RunOnceAsync(), schedule.RunOnceAsync(), schedule.RunOnceAsync());
        Assert.Single(taken, t => t is not null);
        Assert.Null(await schedule.RunOnceAsync());
        var first = Assert.Single(Archives());
        Assert.Equal(BackupRetention.NameFor(_site.Clock.GetUtcNow()), first);
        BackupRun.Succeeded(await BackupRun.VerifyAsync(Path.Combine(_folder, first)));

        var page = await admin.GetDocumentAsync("/admin");
        Assert.Contains("ميغابايت", page.QuerySelector("#last-backup")!.TextContent);
        Assert.Null(page.QuerySelector("#last-backup .error"));
        Assert.Matches(@"^[0-9٠-٩]+ (ميغابايت|غيغابايت)$", page.QuerySelector("#disk-free")!.TextContent.Trim());
        Assert.Equal("لا شيء في الأيام السبعة الماضية.", page.QuerySelector("#failed-jobs")!.TextContent.Trim());

        // Archives from earlier days and weeks, as earlier rounds left them.
        var now = _site.Clock.GetUtcNow();
        foreach (var days in new[] { 1, 2, 9, 10, 20 }) await File.WriteAllBytesAsync(Path.Combine(_folder, BackupRetention.NameFor(now.AddDays(-days))), []);
        _site.Clock.Advance(TimeSpan.FromDays(1.5));
        admin = await _site.SignedInClientAsync(Role.Administrator); // the first session has expired meanwhile
        var stale = await admin.GetDocumentAsync("/admin");
        Assert.Equal("مضى على آخر نسخة احتياطية أكثر من يوم.", stale.QuerySelector("#last-backup .error")!.TextContent.Trim());

        var second = await schedule.RunOnceAsync();
        Assert.NotNull(second);
        // The newest two days are kept (the weekly one falls on the newest too); older archives are removed.
        Assert.Equal([first, Path.GetFileName(second)], Archives());
        var fresh = await admin.GetDocumentAsync("/admin");
        Assert.Null(fresh.QuerySelector("#last-backup .error"));
    }

    [Fact]
    public async Task Before_the_first_backup_the_dashboard_names_the_command_and_setting_as_code_set_apart_from_the_sentence()
    {
        var admin = await _site.SignedInClientAsync(Role.Administrator);
        var warning = (await admin.GetDocumentAsync("/admin")).QuerySelector("#last-backup .error")!;
        Assert.Equal("لم تُؤخذ أي نسخة احتياطية بعد. شغّل Qalam backup FILE أو فعّل الإعداد Qalam:Backups:Scheduled.", warning.TextContent.Trim());
        // Left-to-right code inside a right-to-left sentence: each isolated, so the words around it keep their order.
        Assert.Equal(["Qalam backup FILE", "Qalam:Backups:Scheduled"], warning.QuerySelectorAll("bdi[dir=ltr] > code").Select(c => c.TextContent));
        Assert.DoesNotContain("`", warning.TextContent);
    }

    [Fact]
    public async Task Editors_do_not_see_the_backup_panel()
    {
        var editor = await _site.SignedInClientAsync(Role.Editor);
        Assert.Null((await editor.GetDocumentAsync("/admin")).QuerySelector("#site-health-panel"));
    }
}
