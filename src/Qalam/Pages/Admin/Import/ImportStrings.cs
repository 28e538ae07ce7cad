namespace Qalam.Pages.Admin.Import;

/// <summary>Marker type for the import page's resources (ImportStrings.resx is Arabic, ImportStrings.en.resx English).</summary>
public sealed class ImportStrings;
