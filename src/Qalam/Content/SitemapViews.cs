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

/// <summary>An address of the sitemap and the time it last changed, when that is known.</summary>
public sealed record SitemapEntry(string Path, DateTimeOffset? LastModified);

/// <summary>A public post as the sitemap lists it; a numbered statement has its own permanent address.</summary>
public sealed record SitemapPost(string Slug, DateTimeOffset UpdatedUtc, StatementNumber? Statement)
{
    public string Path => Statement is { } n ? OrganisationUrls.Statement(n.Year, n.Number) : Urls.Post(Slug);
}
