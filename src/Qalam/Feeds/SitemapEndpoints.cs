using System.Globalization;
using System.Xml;
using Microsoft.Extensions.Options;
using Qalam.Content;

namespace Qalam.Feeds;

/// <summary>
/// /sitemap.xml lists the home page of each language, the organisation's archives, every public post at its language's
/// address (a numbered statement at its permanent one), with xhtml:link alternates for the translations of each, and
/// the authors, categories and tags that have public posts.
/// When there are more addresses than one file should hold, it becomes an index of /sitemap-1.xml, /sitemap-2.xml, …
/// robots.txt points to it.
/// </summary>
internal static class SitemapEndpoints
{
    public const string ContentType = "application/xml; charset=utf-8";
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private const string Xhtml = "http://www.w3.org/1999/xhtml";

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/robots.txt", (HttpContext http) =>
            Results.Text($"User-agent: *\nDisallow: /admin/\n\nSitemap: {SiteAddress.Root(http)}/sitemap.xml\n", "text/plain; charset=utf-8"));
        app.MapGet("/sitemap.xml", IndexAsync);
        app.MapGet("/sitemap-{number:int}.xml", (int number, HttpContext http, CancellationToken ct) => PageAsync(http, number, ct));
    }

    private static async Task<IResult> IndexAsync(HttpContext http, CancellationToken ct)
    {
        var (content, size) = Services(http);
        var total = await TotalAsync(http, content, ct);
        if (total.All <= size) return Xml(http, await EntriesAsync(http, content, total, 0, size, ct));
        var pages = (total.All + size - 1) / size;
        return Bytes(x =>
        {
            x.WriteStartElement("sitemapindex", Ns);
            for (var i = 1; i <= pages; i++)
            {
                x.WriteStartElement("sitemap", Ns);
                x.WriteElementString("loc", Ns, $"{SiteAddress.Root(http)}/sitemap-{i}.xml");
                x.WriteEndElement();
            }
            x.WriteEndElement();
        });
    }

    private static async Task<IResult> PageAsync(HttpContext http, int number, CancellationToken ct)
    {
        var (content, size) = Services(http);
        var total = await TotalAsync(http, content, ct);
        if (number < 1 || (long)(number - 1) * size >= total.All) return Results.NotFound();
        return Xml(http, await EntriesAsync(http, content, total, (number - 1) * size, size, ct));
    }

    /// <summary>The home page and the organisation's archives come first, then the posts and the terms.</summary>
    private sealed record Totals(IReadOnlyList<SitemapEntry> Head, int Posts, SitemapCounts Terms)
    {
        public int All => Head.Count + Posts + Terms.Authors + Terms.Categories + Terms.Tags;
    }

    private static async Task<Totals> TotalAsync(HttpContext http, ContentQueries content, CancellationToken ct)
    {
        var languages = http.RequestServices.GetRequiredService<Localization.Languages>();
        // Each language's home, each naming the others.
        IReadOnlyList<(string, string)> homes = languages.All.Select(l => (l.Code, languages.Path(l, "/"))).ToList();
        var head = homes.Select(h => new SitemapEntry(h.Item2, null) { Alternates = homes.Count > 1 ? homes : [] }).ToList();
        // The default language's home first, then its archives, then the other languages' homes.
        return new([head[0], .. await content.ListSitemapSectionsAsync(ct), .. head.Skip(1)], await content.CountPublicAsync(ct), await content.CountSitemapTermsAsync(ct));
    }

    private static SitemapEntry Entry(SitemapPost post, Localization.Languages languages) => new(post.PathIn(languages), post.UpdatedUtc)
    {
        Alternates = post.Translations.Select(t => (t.Language, t.PathIn(languages))).ToList(),
    };

    /// <summary>The addresses at positions [start, start + size) of the whole list: home and archives, posts, authors, categories, tags.</summary>
    private static async Task<List<SitemapEntry>> EntriesAsync(HttpContext http, ContentQueries content, Totals total, int start, int size, CancellationToken ct)
    {
        var languages = http.RequestServices.GetRequiredService<Localization.Languages>();
        var entries = new List<SitemapEntry>();
        var offset = 0;
        async Task TakeAsync(int count, Func<int, int, Task<IEnumerable<SitemapEntry>>> fetch)
        {
            var from = Math.Max(start, offset);
            var to = Math.Min(start + size, offset + count);
            if (to > from) entries.AddRange(await fetch(from - offset, to - from));
            offset += count;
        }
        await TakeAsync(total.Head.Count, (skip, take) => Task.FromResult(total.Head.Skip(skip).Take(take)));
        await TakeAsync(total.Posts, async (skip, take) =>
            (await content.ListForSitemapAsync(skip, take, ct)).Select(p => Entry(p, languages)));
        foreach (var (term, count) in new[] { (SitemapTerm.Author, total.Terms.Authors), (SitemapTerm.Category, total.Terms.Categories), (SitemapTerm.Tag, total.Terms.Tags) })
        {
            await TakeAsync(count, async (skip, take) => (await content.ListSitemapTermsAsync(term, skip, take, ct)).Select(path => new SitemapEntry(path, null)));
        }
        return entries;
    }

    private static IResult Xml(HttpContext http, List<SitemapEntry> entries)
    {
        var root = SiteAddress.Root(http);
        var fallback = http.RequestServices.GetRequiredService<Localization.Languages>().Default.Code;
        return Bytes(x =>
        {
            x.WriteStartElement("urlset", Ns);
            if (entries.Any(e => e.Alternates.Count > 0)) x.WriteAttributeString("xmlns", "xhtml", null, Xhtml);
            foreach (var e in entries)
            {
                x.WriteStartElement("url", Ns);
                x.WriteElementString("loc", Ns, root + e.Path);
                if (e.LastModified is { } at) x.WriteElementString("lastmod", Ns, at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                // Every language's version, this one's included, and x-default: the default language's.
                foreach (var (language, path) in e.Alternates) Alternate(x, language, root + path);
                if (e.Alternates.FirstOrDefault(a => a.Language == fallback) is { Path: not null } d) Alternate(x, "x-default", root + d.Path);
                x.WriteEndElement();
            }
            x.WriteEndElement();
        });
    }

    private static void Alternate(XmlWriter x, string language, string href)
    {
        x.WriteStartElement("xhtml", "link", Xhtml);
        x.WriteAttributeString("rel", "alternate");
        x.WriteAttributeString("hreflang", language);
        x.WriteAttributeString("href", href);
        x.WriteEndElement();
    }

    private static IResult Bytes(Action<XmlWriter> write)
    {
        using var buffer = new MemoryStream();
        using (var x = XmlWriter.Create(buffer, FeedXml.Settings))
        {
            x.WriteStartDocument();
            write(x);
            x.WriteEndDocument();
        }
        return Results.Bytes(buffer.ToArray(), ContentType);
    }

    private static (ContentQueries, int) Services(HttpContext http) =>
        (http.RequestServices.GetRequiredService<ContentQueries>(), http.RequestServices.GetRequiredService<IOptions<FeedOptions>>().Value.SitemapPageSize);
}
