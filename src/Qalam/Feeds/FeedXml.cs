using System.Text;
using System.Xml;

namespace Qalam.Feeds;

/// <summary>What the feed and sitemap writers share.</summary>
internal static class FeedXml
{
    public static readonly XmlWriterSettings Settings = new()
    {
        Encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        Indent = false,
    };

    /// <summary>The feed changed when its newest item last changed; an empty feed says "now".</summary>
    public static DateTimeOffset LastUpdated(FeedSource feed, DateTimeOffset now) =>
        feed.Items.Count == 0 ? now : feed.Items.Max(p => p.UpdatedUtc > p.PublishedUtc ? p.UpdatedUtc : p.PublishedUtc);
}
