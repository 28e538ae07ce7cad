namespace Qalam.Import;

/// <summary>One import run: the export, where its media files are, an optional author map, and whether to write anything.</summary>
public sealed record ImportOptions(
    string ExportPath,
    string? UploadsDirectory = null,
    string? UploadsZip = null,
    string? AuthorMapPath = null,
    bool DryRun = false,
    int BatchSize = 100,
    int? ImportedById = null);

/// <summary>Progress for the terminal bar and the admin page.</summary>
public sealed record ImportProgress(string Phase, int Done, int Total);
