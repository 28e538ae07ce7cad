using Qalam.Content;
using Qalam.Organisation;

namespace Qalam.Export;

/// <summary>
/// The addresses the export starts from, asked of <see cref="ContentQueries"/> (so its visibility rule decides): every
/// public post and page, the authors, categories and tags with public posts and their feeds, every month with posts,
/// and the site-wide pages. Everything else (archive pages, media, stylesheets) is reached by following links.
/// </summary>
internal static class ExportSeeds
{
    private const int Batch = 1000;

    public static async Task<List<string>> ListAsync(IServiceProvider services, CancellationToken ct)
    {
        var content = services.GetRequiredService<ContentQueries>();
        var site = services.GetRequiredService<SiteContext>();
        await site.GetSettingsAsync(ct);
        List<string> seeds =
        [
            "/", "/feed", "/feed/atom", "/sitemap.xml", "/robots.txt",
            OrganisationUrls.Endorsements, OrganisationUrls.Statements, OrganisationUrls.Partners, OrganisationUrls.Transparency,
        ];
        for (var skip = 0; ; skip += Batch)
        {
            var posts = await content.ListForSitemapAsync(skip, Batch, ct);
            seeds.AddRange(posts.Select(p => Urls.Post(p.Slug)));
            if (posts.Count < Batch) break;
        }
        var counts = await content.CountSitemapTermsAsync(ct);
        foreach (var (term, count) in new[] { (SitemapTerm.Author, counts.Authors), (SitemapTerm.Category, counts.Categories), (SitemapTerm.Tag, counts.Tags) })
        {
            for (var skip = 0; skip < count; skip += Batch)
            {
                foreach (var path in await content.ListSitemapTermsAsync(term, skip, Batch, ct))
                {
                    seeds.AddRange([path, path + "/feed", path + "/feed/atom"]);
                }
            }
        }
        seeds.AddRange((await content.ListMonthsAsync(site.Zone, ct)).Select(m => Urls.Month(m.Year, m.Month)));
        return seeds;
    }
}
