namespace Qalam.Import;

/// <summary>Which Qalam row an item of an imported site became, so reruns update instead of duplicating.</summary>
public sealed class ImportedItem
{
    public int Id { get; set; }
    /// <summary>The source site, e.g. its base URL from the export.</summary>
    public required string Source { get; set; }
    /// <summary>"post", "attachment", "category", "tag", "term", "author", "comment".</summary>
    public required string ItemType { get; set; }
    public required string SourceId { get; set; }
    public string? SourceGuid { get; set; }
    public int TargetId { get; set; }
    /// <summary>Hash of the source item's content, to tell changed items from unchanged ones.</summary>
    public string? ContentHash { get; set; }
    public DateTimeOffset ImportedUtc { get; set; }
}
