namespace Qalam.Import;

/// <summary>
/// One import started from the admin, kept in the database so every instance shows the same progress and result,
/// and another instance can finish it if the one running it dies. Progress is written about once a second, not per
/// item. The export itself is in the files store's imports/{Id}/ folder, which every instance mounts.
/// </summary>
public sealed class ImportJob
{
    /// <summary>32 hex digits, also the name of the job's folder.</summary>
    public string Id { get; set; } = "";
    /// <summary>The instance running it now (or last).</summary>
    public string Holder { get; set; } = "";
    public int? ImportedById { get; set; }
    public string Phase { get; set; } = "plan";
    public int Done { get; set; }
    public int Total { get; set; }
    /// <summary>How many times an instance started on it: more than one after a takeover.</summary>
    public int Runs { get; set; } = 1;
    public DateTimeOffset StartedUtc { get; set; }
    public DateTimeOffset UpdatedUtc { get; set; }
    /// <summary>Null while it runs (or waits for another instance to take it over).</summary>
    public DateTimeOffset? FinishedUtc { get; set; }
    /// <summary>The <see cref="ImportReport"/> as JSON, once finished.</summary>
    public string? ReportJson { get; set; }
    /// <summary>The line of the export that could not be read.</summary>
    public int? ErrorLine { get; set; }
    /// <summary>Stopped by an unexpected error (in the log); what was committed stays, and a rerun completes it.</summary>
    public bool Failed { get; set; }

    public bool Finished => FinishedUtc is not null;
}
