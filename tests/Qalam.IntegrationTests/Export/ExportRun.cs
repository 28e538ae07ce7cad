using System.Text;
using AngleSharp.Html.Parser;
using Microsoft.AspNetCore.Mvc.Testing;
using Qalam.Export;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Export;

/// <summary>The export run in process against a test site (the verb does the same against its own loopback server).</summary>
public static class ExportRun
{
    public const string PublicUrl = "https://example.org";

    /// <summary>A demo site whose public URL is set, with the page cache off as the export verb runs it.</summary>
    public static QalamFactory Site()
    {
        var site = new QalamFactory(demo: true, settings: new Dictionary<string, string>
        {
            ["Qalam:PublicUrl"] = PublicUrl,
            ["Qalam:Cache:Enabled"] = "false",
        });
        // The demo's logos, letters and reports, which its pages show (the factory copies only the database).
        var media = Path.Combine(Path.GetDirectoryName(TemplateDatabase.Path(demo: true))!, "media");
        foreach (var file in Directory.EnumerateFiles(media, "*", SearchOption.AllDirectories))
        {
            var copy = Path.Combine(site.DataDirectory, "media", Path.GetRelativePath(media, file));
            Directory.CreateDirectory(Path.GetDirectoryName(copy)!);
            File.Copy(file, copy);
        }
        return site;
    }

    public static HttpClient Anonymous(this QalamFactory factory) =>
        factory.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false, HandleCookies = false });

    public static ExportTarget Target(string? baseUrl = null) =>
        ExportTarget.For(new Uri(baseUrl ?? PublicUrl + "/"), "http://localhost", PublicUrl);

    public static async Task<ExportSummary> ExportAsync(this QalamFactory factory, string folder, string? baseUrl = null)
    {
        using var client = factory.Anonymous();
        return await StaticExporter.RunAsync(factory.Services, client, Target(baseUrl), ExportOutput.Open(folder), null, CancellationToken.None);
    }

    /// <summary>The file a link in an exported page leads to, as a file server finds it; null when there is none.</summary>
    public static string? Resolve(string folder, string link, string basePath)
    {
        var path = link.StartsWith(PublicUrl, StringComparison.Ordinal) ? link[PublicUrl.Length..] : link;
        if (!path.StartsWith(basePath + "/", StringComparison.Ordinal)) return null;
        path = path[basePath.Length..].Split('#')[0].Split('?')[0];
        var relative = Uri.UnescapeDataString(path).Normalize(NormalizationForm.FormC).TrimStart('/');
        var full = Path.Combine(folder, relative);
        if (File.Exists(full) && !path.EndsWith('/')) return full;
        // A file server answers a folder (with or without the slash) with its index.html.
        var index = Path.Combine(full, "index.html");
        return File.Exists(index) ? index : null;
    }

    /// <summary>Every address an exported HTML file links to, loads or embeds.</summary>
    public static IEnumerable<string> Links(string html)
    {
        var doc = new HtmlParser().ParseDocument(html);
        foreach (var e in doc.QuerySelectorAll("a[href], link[href]")) yield return e.GetAttribute("href")!;
        foreach (var e in doc.QuerySelectorAll("img[src], script[src], iframe[src], source[src]")) yield return e.GetAttribute("src")!;
        foreach (var e in doc.QuerySelectorAll("img[srcset], source[srcset]"))
        {
            foreach (var candidate in e.GetAttribute("srcset")!.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
            {
                yield return candidate.Split(' ')[0];
            }
        }
    }

    public static IEnumerable<string> Files(string folder) =>
        Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories).Where(f => Path.GetFileName(f) != ExportOutput.ManifestName);
}
