using System.Globalization;

namespace Qalam.Backups;

/// <summary>
/// Which scheduled archives to keep: the newest of each of the last N days that have one, and the newest of each of
/// the last M ISO weeks that have one (the two overlap, as in restic's --keep-daily/--keep-weekly). Pure: names in,
/// names to delete out.
/// </summary>
public static class BackupRetention
{
    public const string Prefix = "qalam-";
    public const string Extension = ".tar";

    /// <summary>The scheduled archive's name for a moment: sortable, and the time it was taken is read back from it.</summary>
    public static string NameFor(DateTimeOffset at) => $"{Prefix}{at.UtcDateTime:yyyyMMdd-HHmmss}{Extension}";

    public static DateTimeOffset? TakenAt(string name) =>
        name.StartsWith(Prefix, StringComparison.Ordinal) && name.EndsWith(Extension, StringComparison.Ordinal)
        && DateTime.TryParseExact(name[Prefix.Length..^Extension.Length], "yyyyMMdd-HHmmss", CultureInfo.InvariantCulture,
            DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var at)
            ? new DateTimeOffset(at, TimeSpan.Zero) : null;

    public static IReadOnlyList<string> ToDelete(IEnumerable<string> names, int keepDaily, int keepWeekly)
    {
        var dated = names.Select(n => (Name: n, At: TakenAt(n))).Where(x => x.At is not null)
            .Select(x => (x.Name, At: x.At!.Value)).OrderByDescending(x => x.At).ToList();
        var keep = new HashSet<string>(StringComparer.Ordinal);
        foreach (var day in dated.GroupBy(x => x.At.UtcDateTime.Date).Take(keepDaily)) keep.Add(day.First().Name);
        foreach (var week in dated.GroupBy(x => (ISOWeek.GetYear(x.At.UtcDateTime), ISOWeek.GetWeekOfYear(x.At.UtcDateTime))).Take(keepWeekly))
        {
            keep.Add(week.First().Name);
        }
        return dated.Where(x => !keep.Contains(x.Name)).Select(x => x.Name).ToList();
    }
}
