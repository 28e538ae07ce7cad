namespace Qalam.Import;

/// <summary>The state of one import run: what old ids became, so later items can point at earlier ones.</summary>
internal sealed class ImportRun(ImportOptions options, ImportReport report, UploadsSource? uploads, IProgress<ImportProgress>? progress, IReadOnlyDictionary<string, AuthorMapping> authorMap)
{
    public ImportOptions Options { get; } = options;
    public ImportReport Report { get; } = report;
    public UploadsSource? Uploads { get; } = uploads;
    public IProgress<ImportProgress>? Progress { get; } = progress;
    public IReadOnlyDictionary<string, AuthorMapping> AuthorMap { get; } = authorMap;
    public string Source { get; set; } = "";
    public int Done { get; set; }

    /// <summary>WordPress login → person id.</summary>
    public Dictionary<string, int> Authors { get; } = new(StringComparer.OrdinalIgnoreCase);
    /// <summary>"taxonomy:decoded slug" → category, tag or term id.</summary>
    public Dictionary<string, int> Terms { get; } = new(StringComparer.Ordinal);
    /// <summary>WordPress attachment id → the media that replaced it (the entity, whose id is known once its batch is saved).</summary>
    public Dictionary<string, (Media.MediaItem Item, WordPressContent.MediaRef Ref)> Attachments { get; } = new(StringComparer.Ordinal);
    /// <summary>Original upload path ("2026/01/photo.jpg") → the media that replaced it.</summary>
    public Dictionary<string, WordPressContent.MediaRef> UploadPaths { get; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>Work that needs the ids of rows added in this batch; run after the batch's first save, inside its transaction.</summary>
    public List<Func<CancellationToken, Task>> AfterSave { get; } = [];
    /// <summary>Work that needs the ids made by <see cref="AfterSave"/> (comment threading).</summary>
    public List<Action> AfterSecondSave { get; } = [];

    public WordPressContent.MediaRef? Upload(string path) =>
        UploadPaths.GetValueOrDefault(path) ?? UploadPaths.GetValueOrDefault(WordPressContent.OriginalOf(path));
}

/// <summary>A line of the author map: merge a WordPress login into the person with this email, or rename them.</summary>
public sealed record AuthorMapping(string Login, string? Email, string? DisplayName);
