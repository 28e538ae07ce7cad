using System.Net;
using System.Text;
using System.Xml.Linq;
using AngleSharp.Html.Parser;
using Qalam.Content;
using Qalam.Export;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Export;

public sealed class ExportTests : IDisposable
{
    private static readonly XNamespace Sitemap = "http://www.sitemaps.org/schemas/sitemap/0.9";
    private readonly QalamFactory _site = ExportRun.Site();
    private readonly string _out = Directory.CreateTempSubdirectory("qalam-export-").FullName;

    public void Dispose()
    {
        _site.Dispose();
        Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public async Task Every_public_address_is_exported_with_the_bytes_the_site_sends()
    {
        var summary = await _site.ExportAsync(_out);
        Assert.Empty(summary.Failures);

        using var client = _site.Anonymous();
        var sitemap = XDocument.Parse(await client.GetStringAsync("/sitemap.xml"));
        var addresses = sitemap.Descendants(Sitemap + "loc").Select(l => l.Value[ExportRun.PublicUrl.Length..])
            .Concat(["/sitemap.xml", "/robots.txt", "/feed", "/feed/atom", "/?page=2", "/author/salma/feed", "/css/site.css"]).ToList();
        Assert.True(addresses.Count > 40, $"{addresses.Count} addresses");
        var links = new ExportLinks(ExportRun.Target());
        var html = new HtmlParser();
        foreach (var address in addresses)
        {
            using var response = await client.GetAsync(address);
            Assert.True(response.StatusCode == HttpStatusCode.OK, $"{address}: {response.StatusCode}");
            var file = Path.Combine(_out, ExportPaths.FileFor(address)!);
            Assert.True(File.Exists(file), $"{address} is missing ({file})");
            var served = await response.Content.ReadAsByteArrayAsync();
            var kind = ExportLinks.KindOf(response.Content.Headers.ContentType?.ToString());
            var exported = await File.ReadAllBytesAsync(file);
            // The site's bytes, with only the links that name no file (?page=N, …/feed) given their file's address.
            Assert.True(links.Rewrite(served, kind, _ => { }).AsSpan().SequenceEqual(exported), $"{address} differs from the site's response");
            if (kind == ExportLinks.Kind.Html)
            {
                Assert.Equal(html.ParseDocument(Encoding.UTF8.GetString(served)).Body!.TextContent, html.ParseDocument(Encoding.UTF8.GetString(exported)).Body!.TextContent);
            }
            else if (!address.Contains("feed", StringComparison.Ordinal))
            {
                Assert.Equal(served, exported); // sitemaps, robots.txt, stylesheets: not a byte changes at the site's own address
            }
        }
        Assert.Contains("href=\"/page/2/\"", await File.ReadAllTextAsync(Path.Combine(_out, "index.html")));
        Assert.True(File.Exists(Path.Combine(_out, "page", "2", "index.html")));
    }

    [Theory]
    [InlineData(ExportRun.PublicUrl + "/", "")]
    [InlineData(ExportRun.PublicUrl + "/site/", "/site")]
    public async Task Links_in_exported_pages_lead_to_exported_files(string baseUrl, string basePath)
    {
        await _site.ExportAsync(_out, baseUrl);
        var pages = ExportRun.Files(_out).Where(f => f.EndsWith(".html", StringComparison.Ordinal)).ToList();
        Assert.True(pages.Count > 40, $"{pages.Count} pages");
        var broken = new List<string>();
        var checkedLinks = 0;
        foreach (var page in pages)
        {
            foreach (var link in ExportRun.Links(await File.ReadAllTextAsync(page)))
            {
                // Fragments, other sites, and the footer's e-mail and telephone links (and share-by-mail links) lead to no file.
                if (link.StartsWith('#') || link.StartsWith("mailto:", StringComparison.Ordinal) || link.StartsWith("tel:", StringComparison.Ordinal)
                    || (link.StartsWith("http", StringComparison.Ordinal) && !link.StartsWith(ExportRun.PublicUrl, StringComparison.Ordinal))) continue;
                checkedLinks++;
                if (ExportRun.Resolve(_out, link, basePath) is null) broken.Add($"{Path.GetRelativePath(_out, page)} → {link}");
            }
        }
        Assert.True(checkedLinks > 1000, $"{checkedLinks} links");
        Assert.True(broken.Count == 0, string.Join("\n", broken.Take(30)));
        var feed = XDocument.Load(Path.Combine(_out, "feed.xml"));
        Assert.All(feed.Descendants("link").Select(l => l.Value), l => Assert.StartsWith(ExportRun.PublicUrl + basePath + "/", l));
        Assert.All(feed.Descendants("link").Select(l => l.Value), l => Assert.NotNull(ExportRun.Resolve(_out, l, basePath)));
    }

    [Fact]
    public async Task Arabic_slugs_become_arabic_file_and_folder_names()
    {
        await _site.ExportAsync(_out);
        const string slug = "إطلاق-برنامج-مهارات-للتدريب-الرقمي-في-سبها";
        var names = Directory.EnumerateDirectories(_out).Select(Path.GetFileName).ToList();
        Assert.Contains(slug, names);
        Assert.All(names, n => Assert.True(n!.IsNormalized(NormalizationForm.FormC), n));
        Assert.DoesNotContain(names, n => n!.Contains('%', StringComparison.Ordinal));
        var post = new HtmlParser().ParseDocument(await File.ReadAllTextAsync(Path.Combine(_out, slug, "index.html")));
        Assert.Equal("إطلاق برنامج «مهارات» للتدريب الرقمي في سبها", post.QuerySelector("h1")!.TextContent.Trim());
        Assert.True(File.Exists(Path.Combine(_out, "tag", "أدلة", "index.html")));
        Assert.True(File.Exists(Path.Combine(_out, "tag", "أدلة", "feed.xml")));
        Assert.Contains(Urls.Post(slug), await File.ReadAllTextAsync(Path.Combine(_out, "index.html")));
    }
}
