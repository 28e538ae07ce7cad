using System.Globalization;
using System.Xml;
using Microsoft.Extensions.Options;
using Qalam.Content;

namespace Qalam.Feeds;

/// <summary>
/// /sitemap.xml lists the home page, every public post, and the authors, categories and tags that have public posts.
/// When there are more addresses than one file should hold, it becomes an index of /sitemap-1.xml, /sitemap-2.xml, …
/// robots.txt points to it.
/// </summary>
internal static class SitemapEndpoints
{
    public const string ContentType = "application/xml; charset=utf-8";
    private const string Ns = "http://www.sitemaps.org/schemas/sitemap/0.9";

    private sealed record Entry(string Path, DateTimeOffset? LastModified);

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
        var total = await TotalAsync(content, ct);
        if (total.All <= size) return Xml(http, await EntriesAsync(content, total, 0, size, ct));
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
        var total = await TotalAsync(content, ct);
        if (number < 1 || (long)(number - 1) * size >= total.All) return Results.NotFound();
        return Xml(http, await EntriesAsync(content, total, (number - 1) * size, size, ct));
    }

    private sealed record Totals(int Posts, SitemapCounts Terms)
    {
        public int All => 1 + Posts + Terms.Authors + Terms.Categories + Terms.Tags;
    }

    private static async Task<Totals> TotalAsync(ContentQueries content, CancellationToken ct) =>
        new(await content.CountPublicAsync(ct), await content.CountSitemapTermsAsync(ct));

    /// <summary>The addresses at positions [start, start + size) of the whole list: home, posts, authors, categories, tags.</summary>
    private static async Task<List<Entry>> EntriesAsync(ContentQueries content, Totals total, int start, int size, CancellationToken ct)
    {
        var entries = new List<Entry>();
        var offset = 0;
        async Task TakeAsync(int count, Func<int, int, Task<IEnumerable<Entry>>> fetch)
        {
            var from = Math.Max(start, offset);
            var to = Math.Min(start + size, offset + count);
            if (to > from) entries.AddRange(await fetch(from - offset, to - from));
            offset += count;
        }
        await TakeAsync(1, (_, _) => Task.FromResult<IEnumerable<Entry>>([new Entry("/", null)]));
        await TakeAsync(total.Posts, async (skip, take) =>
            (await content.ListForSitemapAsync(skip, take, ct)).Select(p => new Entry(p.Path, p.UpdatedUtc)));
        foreach (var (term, count) in new[] { (SitemapTerm.Author, total.Terms.Authors), (SitemapTerm.Category, total.Terms.Categories), (SitemapTerm.Tag, total.Terms.Tags) })
        {
            await TakeAsync(count, async (skip, take) => (await content.ListSitemapTermsAsync(term, skip, take, ct)).Select(path => new Entry(path, null)));
        }
        return entries;
    }

    private static IResult Xml(HttpContext http, List<Entry> entries)
    {
        var root = SiteAddress.Root(http);
        return Bytes(x =>
        {
            x.WriteStartElement("urlset", Ns);
            foreach (var e in entries)
            {
                x.WriteStartElement("url", Ns);
                x.WriteElementString("loc", Ns, root + e.Path);
                if (e.LastModified is { } at) x.WriteElementString("lastmod", Ns, at.ToUniversalTime().ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
                x.WriteEndElement();
            }
            x.WriteEndElement();
        });
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
