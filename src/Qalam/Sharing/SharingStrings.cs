namespace Qalam.Sharing;

/// <summary>Marker for the share cards' strings: SharingStrings.resx (Arabic, neutral) and SharingStrings.en.resx.</summary>
public sealed class SharingStrings;
