namespace Qalam.Api;

/// <summary>Marker type for the API's problem texts (ApiStrings.resx is Arabic, the neutral language; ApiStrings.en.resx is English).</summary>
public sealed class ApiStrings;
