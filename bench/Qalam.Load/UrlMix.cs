using System.Xml.Linq;

namespace Qalam.Load;

/// <summary>
/// What readers ask for, in proportions a news site sees: mostly single posts (spread over many, so the page cache
/// also misses), the home page, archives, the feed, searches in Arabic and a static file. The addresses come from the
/// data directory's bench-urls.txt and the site's own sitemap.
/// </summary>
public sealed class UrlMix
{
    // Words the generated posts use (bench/Qalam.Bench/PostGenerator.cs), with and without the article, and one that finds nothing.
    private static readonly string[] SearchWords =
    [
        "المدينة", "الشباب", "التعليم", "الأمن الرقمي", "البيانات", "طرابلس", "بنغازي", "الخصوصية", "مبادرة", "الطلاب",
        "الشفافية", "تدريب المعلمين", "المدارس", "ورشة", "الإنترنت", "الحوكمة", "مدرسة", "شبكات", "سبها مصراتة", "قمر صناعي",
    ];

    private readonly List<(string Kind, int Weight, string[] Urls)> _kinds = [];
    private int _totalWeight;

    public IEnumerable<(string Kind, int Count)> Describe() => _kinds.Select(k => (k.Kind, k.Urls.Length));

    public static async Task<UrlMix> LoadAsync(HttpClient http, string benchUrlsFile, Random random)
    {
        var bench = File.ReadAllLines(benchUrlsFile).Where(l => l.Length > 0).ToArray();
        XNamespace ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
        var sitemap = XDocument.Parse(await http.GetStringAsync("/sitemap.xml"));
        // Above Qalam:Feeds:SitemapPageSize addresses the sitemap is an index of /sitemap-1.xml, /sitemap-2.xml, …
        var parts = new List<XDocument> { sitemap };
        foreach (var loc in sitemap.Descendants(ns + "sitemap").Select(s => (string)s.Element(ns + "loc")!).Take(5))
        {
            parts.Add(XDocument.Parse(await http.GetStringAsync(new Uri(loc).PathAndQuery)));
        }
        var entries = parts.SelectMany(p => p.Descendants(ns + "url"))
            .Select(u => (Path: new Uri((string)u.Element(ns + "loc")!).PathAndQuery, LastMod: (string?)u.Element(ns + "lastmod")))
            .ToList();
        string[] Under(string prefix, int max) => Sample(entries.Select(e => e.Path).Where(p => p.StartsWith(prefix, StringComparison.Ordinal)), max, random);
        var posts = entries.Where(e => e.Path.Count(c => c == '/') == 1 && e.Path.Length > 1 && e.LastMod is not null).ToList();
        var months = posts.Select(e => "/" + e.LastMod![..4] + "/" + e.LastMod[5..7].TrimStart('0')).Distinct();

        var mix = new UrlMix();
        mix.Add("home", 15, ["/"]);
        mix.Add("post", 40, [bench[0], .. Sample(posts.Select(p => p.Path), 400, random)]);
        mix.Add("tag", 10, [bench[2], .. Under("/tag/", 100)]);
        mix.Add("author", 4, [bench[1], .. Under("/author/", 20)]);
        mix.Add("category", 4, Under("/category/", 20));
        mix.Add("archive", 4, months.ToArray());
        mix.Add("feed", 5, [bench[3]]);
        mix.Add("search", 10, SearchWords.Select(w => "/search?q=" + Uri.EscapeDataString(w)).ToArray());
        mix.Add("static", 8, ["/css/site.css"]);
        return mix;
    }

    /// <summary>Asks for every address once (which also warms the site) and drops any that does not answer 200.</summary>
    public async Task<int> CheckAsync(HttpClient http)
    {
        var dropped = 0;
        for (var i = 0; i < _kinds.Count; i++)
        {
            var (kind, weight, urls) = _kinds[i];
            var good = new List<string>();
            foreach (var url in urls)
            {
                using var response = await http.GetAsync(url);
                if ((int)response.StatusCode == 200) good.Add(url);
                else { dropped++; Console.Error.WriteLine($"  dropped {kind} {Uri.UnescapeDataString(url)}: {(int)response.StatusCode}"); }
            }
            if (good.Count == 0) throw new InvalidOperationException($"No {kind} address answers 200.");
            _kinds[i] = (kind, weight, good.ToArray());
        }
        return dropped;
    }

    /// <summary>The next address, by the weights. Called from the scheduler's one thread only.</summary>
    public string Next(Random random)
    {
        var pick = random.Next(_totalWeight);
        foreach (var (_, weight, urls) in _kinds)
        {
            if (pick < weight) return urls[random.Next(urls.Length)];
            pick -= weight;
        }
        throw new InvalidOperationException("Unreachable: the weights add up.");
    }

    private void Add(string kind, int weight, string[] urls)
    {
        if (urls.Length == 0) return;
        _kinds.Add((kind, weight, urls));
        _totalWeight += weight;
    }

    private static string[] Sample(IEnumerable<string> items, int max, Random random) =>
        items.Distinct().OrderBy(_ => random.Next()).Take(max).ToArray();
}
