namespace Qalam.Feeds;

/// <summary>Marker type for the feeds' resources (FeedStrings.resx is Arabic, the neutral language; FeedStrings.en.resx is English).</summary>
public sealed class FeedStrings;
