namespace Qalam.Search;

/// <summary>
/// A group of words that mean the same to a reader, as an editor wrote it («جوجل، غوغل، Google»): a search for one
/// also finds the others. Kept as typed and analysed when loaded, so a change to the analyser needs no migration.
/// </summary>
public sealed class SearchSynonym
{
    public int Id { get; set; }
    public required string Words { get; set; }
    public DateTimeOffset UpdatedUtc { get; set; }
}
