namespace Qalam.Organisation;

/// <summary>A public document of the transparency section (الشفافية), filed by year and kind.</summary>
public sealed class TransparencyDocument
{
    public int Id { get; set; }
    public required string Title { get; set; }
    public int Year { get; set; }
    public TransparencyKind Kind { get; set; }
    public int MediaId { get; set; }
    public Media.MediaItem Media { get; set; } = null!;
    public string Language { get; set; } = "ar";
    public DateTimeOffset CreatedUtc { get; set; }
}

public enum TransparencyKind
{
    AnnualReport = 0,
    AuditedFinancialStatements = 1,
    OperatingBudget = 2,
    FundingSources = 3,
    BoardMinutes = 4,
    Registration = 5,
}
