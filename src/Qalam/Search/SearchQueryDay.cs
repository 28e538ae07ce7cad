namespace Qalam.Search;

/// <summary>
/// How often readers searched for one normalised query on one day (UTC), and whether it last found nothing. No address,
/// account or time of day: one row per query and day is all editors need, and all Qalam keeps.
/// </summary>
public sealed class SearchQueryDay
{
    public int Id { get; set; }
    public DateOnly Day { get; set; }
    public required string Query { get; set; }
    public int Count { get; set; }
    public bool ZeroHits { get; set; }
}
