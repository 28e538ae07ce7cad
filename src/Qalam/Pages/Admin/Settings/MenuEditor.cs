namespace Qalam.Pages.Admin.Settings;

/// <summary>The menu editor's rows as a form shows them: their field names' prefix, the rows, and what they can point at.</summary>
public sealed record MenuEditor(string Prefix, List<MenuRow> Rows, MenuBuilder Targets);
