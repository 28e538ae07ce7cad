using System.ComponentModel.DataAnnotations;

namespace Qalam.Feeds;

/// <summary>Feed and sitemap settings, bound from "Qalam:Feeds".</summary>
public sealed class FeedOptions
{
    public const string Section = "Qalam:Feeds";

    /// <summary>How many of the newest posts a feed carries.</summary>
    [Range(1, 500)]
    public int Items { get; set; } = 20;

    /// <summary>Addresses per sitemap file. Above this, /sitemap.xml becomes an index of numbered sitemaps (the protocol allows 50,000).</summary>
    [Range(1, 50_000)]
    public int SitemapPageSize { get; set; } = 10_000;
}
