namespace Qalam.Import;

/// <summary>The state of one import run: what old ids became, so later items can point at earlier ones.</summary>
internal sealed class ImportRun(ImportOptions options, ImportReport report, UploadsSource? uploads, IProgress<ImportProgress>? progress, IReadOnlyDictionary<string, AuthorMapping> authorMap)
{
    public ImportOptions Options { get; } = options;
    public ImportReport Report { get; } = report;
    public UploadsSource? Uploads { get; } = uploads;
    public IProgress<ImportProgress>? Progress { get; } = progress;
    public IReadOnlyDictionary<string, AuthorMapping> AuthorMap { get; } = authorMap;
    public string Source { get; init; } = "";
    public int Done { get; set; }

    /// <summary>WordPress login → person id.</summary>
    public Dictionary<string, int> Authors { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>"taxonomy:decoded slug" → category, tag or term id.</summary>
    public Dictionary<string, int> Terms { get; } = new(StringComparer.Ordinal);
    /// <summary>WordPress attachment id → the media that replaced it (the entity, whose id is known once its batch is saved).</summary>
    public Dictionary<string, (Media.MediaItem Item, WordPressContent.MediaRef Ref)> Attachments { get; } = new(StringComparer.Ordinal);
    /// <summary>Original upload path ("2026/01/photo.jpg") → the media that replaced it.</summary>
    public Dictionary<string, WordPressContent.MediaRef> UploadPaths { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Work that needs the ids of media added in this batch; run after the batch's first save, inside its transaction.</summary>
    public List<Func<CancellationToken, Task>> AfterSave { get; } = [];

    /// <summary>What a batch may change here, so a batch that is rolled back can be forgotten too.</summary>
    public sealed record Checkpoint(int Done, int Created, int Updated, int Unchanged, int MediaImported, int Renamed, int MediaRejected,
        HashSet<string> Authors, HashSet<string> Terms, HashSet<string> Attachments, HashSet<string> UploadPaths);

    public Checkpoint Mark() => new(Done, Report.Created, Report.Updated, Report.Unchanged, Report.MediaImported, Report.Renamed.Count, Report.MediaRejected.Count,
        [.. Authors.Keys], [.. Terms.Keys], [.. Attachments.Keys], [.. UploadPaths.Keys]);

    public void Restore(Checkpoint mark)
    {
        (Done, Report.Created, Report.Updated, Report.Unchanged, Report.MediaImported) = (mark.Done, mark.Created, mark.Updated, mark.Unchanged, mark.MediaImported);
        Report.Renamed.RemoveRange(mark.Renamed, Report.Renamed.Count - mark.Renamed);
        Report.MediaRejected.RemoveRange(mark.MediaRejected, Report.MediaRejected.Count - mark.MediaRejected);
        Forget(Authors, mark.Authors);
        Forget(Terms, mark.Terms);
        Forget(Attachments, mark.Attachments);
        Forget(UploadPaths, mark.UploadPaths);
    }

    private static void Forget<T>(Dictionary<string, T> map, HashSet<string> keep)
    {
        foreach (var key in map.Keys.Where(k => !keep.Contains(k)).ToList()) map.Remove(key);
    }

    public WordPressContent.MediaRef? Upload(string path) =>
        UploadPaths.GetValueOrDefault(path) ?? UploadPaths.GetValueOrDefault(WordPressContent.OriginalOf(path));
}

/// <summary>A line of the author map: merge a WordPress login into the person with this email, or rename them.</summary>
public sealed record AuthorMapping(string Login, string? Email, string? DisplayName);
