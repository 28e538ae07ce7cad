namespace Qalam.Search;

/// <summary>Marker type for search's own resources (SearchStrings.resx is Arabic, the neutral language; SearchStrings.en.resx is English).</summary>
public sealed class SearchStrings;
