namespace Qalam.Pages.Admin;

/// <summary>Marker for the strings of the translated-text fields and the per-language menu: TranslationStrings.resx (Arabic) and .en.resx.</summary>
public sealed class TranslationStrings;
