namespace Qalam.Localization;

/// <summary>Marker type for the shared resources (Strings.resx is Arabic, the neutral language; Strings.en.resx is English).</summary>
public sealed class Strings;
