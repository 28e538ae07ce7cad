namespace Qalam.Content;

/// <summary>The kinds of archive the sitemap lists besides posts.</summary>
public enum SitemapTerm
{
    Author,
    Category,
    Tag,
}

public sealed record SitemapCounts(int Authors, int Categories, int Tags);
