namespace Qalam.Media;

/// <summary>Marker for the media library's strings: MediaStrings.resx (Arabic, neutral) and MediaStrings.en.resx.</summary>
public sealed class MediaStrings;
