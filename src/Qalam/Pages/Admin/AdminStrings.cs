namespace Qalam.Pages.Admin;

/// <summary>Marker for the admin interface's strings: AdminStrings.resx (Arabic, neutral) and AdminStrings.en.resx.</summary>
public sealed class AdminStrings;
