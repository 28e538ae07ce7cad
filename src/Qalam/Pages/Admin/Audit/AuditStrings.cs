namespace Qalam.Pages.Admin.Audit;

/// <summary>Marker for the audit log's phrases: AuditStrings.resx (Arabic, neutral) and AuditStrings.en.resx.</summary>
public sealed class AuditStrings;
