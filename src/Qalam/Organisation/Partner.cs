namespace Qalam.Organisation;

/// <summary>A partner body (شريك): endorses the organisation, appears on the partners page.</summary>
public sealed class Partner
{
    public int Id { get; set; }
    public required string Name { get; set; }
    public required string Slug { get; set; }
    public PartnerKind Kind { get; set; }
    public int? LogoMediaId { get; set; }
    public Media.MediaItem? Logo { get; set; }
    public string? WebsiteUrl { get; set; }
    public string? Description { get; set; }
    public int? SinceYear { get; set; }
    public bool ShowOnPartnersPage { get; set; } = true;
    public int Version { get; set; }
}

public enum PartnerKind
{
    Government = 0,
    CivilSociety = 1,
    Media = 2,
    Union = 3,
    Business = 4,
    International = 5,
}
