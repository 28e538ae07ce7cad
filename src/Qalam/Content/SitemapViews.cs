using Qalam.Organisation;

namespace Qalam.Content;

/// <summary>The kinds of archive the sitemap lists besides posts.</summary>
public enum SitemapTerm
{
    Author,
    Category,
    Tag,
}

public sealed record SitemapCounts(int Authors, int Categories, int Tags);

/// <summary>
/// An address of the sitemap and the time it last changed, when that is known; with the same page in each language
/// (hreflang code and address, this one's included) when it has translations.
/// </summary>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified)
{
    public IReadOnlyList<(string Language, string Path)> Alternates { get; init; } = [];
}

/// <summary>
/// A public post as the sitemap lists it; a numbered statement has its own permanent address (a translation its
/// group's number). <see cref="Translations"/> are its group's public members, itself included, when it has any.
/// </summary>
public sealed record SitemapPost(string Slug, DateTimeOffset UpdatedUtc, StatementNumber? Statement)
{
    public string Language { get; init; } = "";
    public IReadOnlyList<SitemapPost> Translations { get; init; } = [];

    /// <summary>The address without its language's prefix.</summary>
    public string Path => Statement is { } n ? OrganisationUrls.Statement(n.Year, n.Number) : Urls.Post(Slug);

    /// <summary>The address in its own language (/en/slug for an English post).</summary>
    public string PathIn(Localization.Languages languages) => Urls.InLanguage(languages, Language, Path);
}
