namespace Qalam.Api.Public;

/// <summary>A moment as UTC (<c>2026-12-05T08:30:00Z</c>) and as the site's local time with its offset.</summary>
/// <param name="Utc">ISO 8601 in UTC.</param>
/// <param name="Local">ISO 8601 in the site's time zone, with its offset (+02:00 for Africa/Tripoli).</param>
public sealed record ApiTime(DateTime Utc, DateTimeOffset Local);

/// <summary>A person who signs public posts.</summary>
public sealed record ApiAuthor(int Id, string Name, string Slug, string Url, string? Bio = null, string? AvatarUrl = null);

/// <summary>A category or tag; <c>count</c> is its public posts, <c>parentId</c> a category's parent.</summary>
public sealed record ApiTerm(int Id, string Name, string Slug, string Url, string? Description = null, int? ParentId = null, int? Count = null);

/// <summary>A featured image, with its size when known.</summary>
public sealed record ApiImage(string Url, string? Alt, int? Width, int? Height);

/// <summary>A statement's number in its year.</summary>
public sealed record ApiStatementNumber(int Year, int Number);

/// <summary>
/// A post as lists give it. <c>title</c> is as written; <c>displayTitle</c> is what the site shows (a statement's
/// number before its title). <c>excerpt</c> is plain text; the HTML body is on the post itself.
/// </summary>
public sealed record ApiPostSummary(
    int Id, string Slug, string Kind, string Language, string Title, string DisplayTitle, string Url, string Excerpt,
    ApiTime Published, ApiTime Updated, ApiAuthor Author, IReadOnlyList<ApiTerm> Categories, IReadOnlyList<ApiTerm> Tags,
    ApiImage? FeaturedImage, ApiStatementNumber? Statement, int ReadingMinutes);

/// <summary>One post: the summary's fields and its HTML body, whose links are absolute.</summary>
public sealed record ApiPost(
    int Id, string Slug, string Kind, string Language, string Title, string DisplayTitle, string Url, string Excerpt, string Html,
    ApiTime Published, ApiTime Updated, ApiAuthor Author, IReadOnlyList<ApiTerm> Categories, IReadOnlyList<ApiTerm> Tags,
    ApiImage? FeaturedImage, ApiStatementNumber? Statement, int ReadingMinutes, string? SeoTitle, string? SeoDescription);

/// <summary>A page of a list. <c>next</c> is the address of the following page (also in the Link header), null on the last.</summary>
public sealed record ApiPage<T>(IReadOnlyList<T> Items, int? Page, int? TotalPages, int? Total, string? Next, string? NextCursor);

/// <summary>A numbered statement with its text, signature and what was added or changed after publication.</summary>
public sealed record ApiStatement(int Id, int Year, int Number, string Title, string DisplayTitle, string Url, string Html, string Language,
    ApiTime Published, string? SignatureBlock, DateOnly? SignedOn, ApiTime? Withdrawn, string? WithdrawalNotice,
    IReadOnlyList<ApiAddendum> Addenda, string PdfUrl);

public sealed record ApiAddendum(ApiTime Published, string Html);

/// <summary>A statement as the yearly list gives it.</summary>
public sealed record ApiStatementSummary(int Year, int Number, string Title, string DisplayTitle, string Url, ApiTime Published, bool Withdrawn);

public sealed record ApiPartner(int Id, string Name, string Slug, string Kind, string Url, string? LogoUrl, string? WebsiteUrl, string? Description, int? SinceYear);

public sealed record ApiEndorsement(int PostId, string Title, string Url, DateOnly EndorsedOn, string? Quote, ApiPartner Partner, string? LetterUrl);

public sealed record ApiTransparencyDocument(int Id, string Title, int Year, string Kind, string Url, string ContentType, long SizeBytes, string Language);

/// <summary>A search result: the post, and its title and a snippet with the matched words in &lt;mark&gt; (HTML).</summary>
public sealed record ApiSearchHit(ApiPostSummary Post, string TitleHtml, string SnippetHtml);

/// <summary>A page of search results; <c>suggestion</c> is the corrected query when nothing matched.</summary>
public sealed record ApiSearchResults(IReadOnlyList<ApiSearchHit> Items, int Page, int TotalPages, int Total, string? Suggestion, IReadOnlyList<ApiSearchHit> Corrected);

/// <summary>The site: its name, address, language, time zone (IANA) and its current offset.</summary>
public sealed record ApiSite(string Name, string? Tagline, string Url, string Language, string TimeZone, string UtcOffset, string? LogoUrl,
    string? ContactEmail, string Api, string WordPressApi, string? Docs);
