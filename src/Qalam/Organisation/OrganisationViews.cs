using Qalam.Content;

namespace Qalam.Organisation;

public sealed record PartnerCard(int Id, string Name, string Slug, PartnerKind Kind, string? LogoPath, string? WebsiteUrl, string? Description, int? SinceYear);

public sealed record EndorsementCard(int PostId, string Title, string PostSlug, DateOnly EndorsedOn, string? Quote, PartnerCard Partner,
    string? LetterPath, string? LetterType)
{
    /// <summary>The endorsement post's language code: its address is in that language.</summary>
    public string Language { get; init; } = "";
}

public sealed record AddendumView(DateTimeOffset PublishedUtc, string BodyHtml);

public sealed record StatementView(int PostId, string Title, string Slug, string BodyHtml, int Year, int Number, DateTimeOffset PublishedUtc,
    string? SignatureBlock, DateOnly? SignedOn, DateTimeOffset? WithdrawnUtc, string? WithdrawalNotice, IReadOnlyList<AddendumView> Addenda)
{
    public string Path => OrganisationUrls.Statement(Year, Number);
    /// <summary>The post's language code (one of the site's, or that of an imported post), for its address and share card.</summary>
    public string Language { get; init; } = "";
    /// <summary>The texts corrections replaced, oldest first; empty for a statement never corrected.</summary>
    public IReadOnlyList<StatementVersionSummary> Versions { get; init; } = [];
    /// <summary>The last correction, whose note stands above the current text.</summary>
    public StatementVersionSummary? LastCorrection => Versions.Count > 0 ? Versions[^1] : null;
    public string VersionPath(int version) => OrganisationUrls.StatementVersion(Year, Number, version);
}

/// <summary>A replaced text of a statement: its version number, when and why a correction replaced it.</summary>
public sealed record StatementVersionSummary(int Number, DateTimeOffset SupersededUtc, string Reason);

/// <summary>An earlier text of a public statement, shown at its own address as superseded.</summary>
public sealed record StatementVersionView(StatementView Statement, int Number, string Title, string BodyHtml, DateTimeOffset PublishedUtc,
    DateTimeOffset SupersededUtc, string Reason);

public sealed record StatementSummary(string Title, int Year, int Number, DateTimeOffset PublishedUtc, bool Withdrawn)
{
    /// <summary>The language code of the text listed (the original's when no listing language is set): its address is in it.</summary>
    public string Language { get; init; } = "";
}

public sealed record TransparencyItem(int Id, string Title, int Year, TransparencyKind Kind, string MediaPath, string ContentType, long SizeBytes, string Language);

public sealed record PartnerPage(PartnerCard Partner, IReadOnlyList<EndorsementCard> Endorsements, IReadOnlyList<PostSummary> Mentions);

/// <summary>The organisation section's public addresses.</summary>
public static class OrganisationUrls
{
    public const string Endorsements = "/endorsements";
    public const string Statements = "/statements";
    public const string Partners = "/partners";
    public const string Transparency = "/transparency";
    public static string StatementYear(int year) => $"/statements/{year}";
    public static string Statement(int year, int number) => $"/statements/{year}/{number}";
    public static string StatementPdf(int year, int number) => $"/statements/{year}/{number}.pdf";
    public static string StatementVersion(int year, int number, int version) => $"/statements/{year}/{number}/versions/{version}";
    public static string EndorsementLetter(int postId) => $"/endorsements/{postId}/letter.pdf";
    public static string Partner(string slug) => "/partners/" + Slug.Encode(slug);
    public static string TransparencyYear(int year) => $"/transparency/{year}";
}
