namespace Qalam.Organisation;

/// <summary>Marker for the organisation section's strings: OrganisationStrings.resx (Arabic, neutral) and OrganisationStrings.en.resx.</summary>
public sealed class OrganisationStrings;
