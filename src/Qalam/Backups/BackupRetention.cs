using System.Globalization;

namespace Qalam.Backups;

/// <summary>
/// Which scheduled archives to keep: the newest of each of the last N days that have one, and beyond those the
/// newest of each of the last M ISO weeks. Pure: names in, names to delete out.
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
        var days = dated.GroupBy(x => x.At.UtcDateTime.Date).Take(keepDaily).ToList();
        foreach (var day in days) keep.Add(day.First().Name);
        var weeks = dated.Where(x => !days.Any(d => d.Key == x.At.UtcDateTime.Date))
            .GroupBy(x => (ISOWeek.GetYear(x.At.UtcDateTime), ISOWeek.GetWeekOfYear(x.At.UtcDateTime))).Take(keepWeekly);
        foreach (var week in weeks) keep.Add(week.First().Name);
        return dated.Where(x => !keep.Contains(x.Name)).Select(x => x.Name).ToList();
    }
}
