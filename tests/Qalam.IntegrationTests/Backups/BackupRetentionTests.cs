using Qalam.Backups;

namespace Qalam.IntegrationTests.Backups;

/// <summary>Retention as pure code: archive names in, the ones to delete out (2026-12-07 is a Monday).</summary>
public sealed class BackupRetentionTests
{
    private static string At(string when) => BackupRetention.NameFor(DateTimeOffset.Parse(when + "Z", System.Globalization.CultureInfo.InvariantCulture));

    [Theory]
    // Two a day: the older of each day goes; three days kept, no weeks.
    [InlineData(3, 0, "2026-12-09T02:00,2026-12-09T14:00,2026-12-08T02:00,2026-12-07T02:00,2026-12-06T02:00", "2026-12-09T02:00,2026-12-06T02:00")]
    // One day and two weeks: Sunday the 6th is the newest of the week before.
    [InlineData(1, 2, "2026-12-09T02:00,2026-12-08T02:00,2026-12-06T02:00,2026-12-05T02:00,2026-11-29T02:00", "2026-12-08T02:00,2026-12-05T02:00,2026-11-29T02:00")]
    // Names that are not scheduled archives (a verb's own file, a partial one) are never touched.
    [InlineData(1, 0, "2026-12-09T02:00,2026-12-08T02:00", "2026-12-08T02:00")]
    public void The_newest_of_each_kept_day_and_week_stays(int daily, int weekly, string names, string deleted)
    {
        var files = names.Split(',').Select(At).Append("before-upgrade.tar").Append("qalam-20261209-020000.tar.77.partial");
        Assert.Equal(deleted.Split(',').Select(At).Order(), BackupRetention.ToDelete(files, daily, weekly).Order());
    }
}
