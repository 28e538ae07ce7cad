using Qalam.Content;
using Qalam.Organisation;

namespace Qalam.Export;

/// <summary>
/// The addresses the export starts from, asked of <see cref="ContentQueries"/> (so its visibility rule decides): every
/// public post and page, every page of every archive (home, authors, categories, tags, months) and their feeds, and the
/// site-wide pages. Everything else (media, stylesheets, the organisation's pages) is reached by following links.
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
            seeds.AddRange(posts.Select(p => p.PathIn(services.GetRequiredService<Localization.Languages>())));
            if (posts.Count < Batch) break;
        }
        // Every page of every archive of the default language (its addresses have no prefix): known from its size, so none
        // is waited for behind the page that links to it. Other languages' archives are reached by their links.
        content.ListingLanguage = services.GetRequiredService<Localization.Languages>().Default.Code;
        var perPage = Math.Max(1, site.Settings.PostsPerPage);
        foreach (var (path, posts) in await content.ListArchiveSizesAsync(site.Zone, ct))
        {
            seeds.Add(path);
            for (var page = 2; page <= (posts + perPage - 1) / perPage; page++) seeds.Add(Urls.Page(path, page));
            if (path.StartsWith("/author/", StringComparison.Ordinal) || path.StartsWith("/category/", StringComparison.Ordinal)
                || path.StartsWith("/tag/", StringComparison.Ordinal))
            {
                seeds.AddRange([path + "/feed", path + "/feed/atom"]);
            }
        }
        return seeds;
    }
}
