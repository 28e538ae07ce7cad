namespace Qalam.Organisation;

/// <summary>
/// A text a numbered statement carried before a correction replaced it, kept for ever at its own address: rows are only
/// ever added (<see cref="StatementLock"/> refuses any change or deletion). Version 1 is the text as first published.
/// </summary>
public sealed class StatementVersion
{
    public int Id { get; set; }
    public int StatementPostId { get; set; }
    /// <summary>1, 2, … in the order the texts were published; the current text is the one after the last.</summary>
    public int Number { get; set; }
    public string Title { get; set; } = "";
    public string BodyHtml { get; set; } = "";
    /// <summary>When the correction replaced this text.</summary>
    public DateTimeOffset SupersededUtc { get; set; }
    /// <summary>Why it was corrected, as the editor wrote it; shown with the corrected text.</summary>
    public string Reason { get; set; } = "";
    public int? CorrectedById { get; set; }
}
