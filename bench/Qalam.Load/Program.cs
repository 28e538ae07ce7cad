using System.Globalization;
using System.Net;
using Qalam.Load;

// Usage: Qalam.Load --base URL --urls DATA/bench-urls.txt --pid SITE_PID --name NAME --phases 60s@100,60s@1000 [--out DIR]
//        [--p99-bound MS]  (capacity ramp: stop at the first phase whose p99 exceeds MS or that has a failure)
//        [--editor EMAIL --publish-every 3s]  (password in LOAD_EDITOR_PASSWORD)  [--timeout 10s] [--window 10s] [--seed 1]
// Writes NAME.csv (a row per window), NAME.png and NAME.md (one markdown table row) into --out.
var site = new Uri(Arg("--base") ?? throw new ArgumentException("--base URL is required"));
var name = Arg("--name") ?? "load";
var phases = Phase.ParseList(Arg("--phases") ?? throw new ArgumentException("--phases is required, e.g. 60s@100"));
var pid = int.Parse(Arg("--pid") ?? throw new ArgumentException("--pid of the site is required"), CultureInfo.InvariantCulture);
var output = Arg("--out") ?? ".";
var timeout = Phase.ParseDuration(Arg("--timeout") ?? "10s");
var window = Phase.ParseDuration(Arg("--window") ?? "10s");
double? bound = Arg("--p99-bound") is { } b ? double.Parse(b, CultureInfo.InvariantCulture) : null;
var random = new Random(int.Parse(Arg("--seed") ?? "1", CultureInfo.InvariantCulture));
Directory.CreateDirectory(output);

// As a phone browser asks: compressed answers, Arabic first. Answers are read to the end but not decompressed: the
// site's work is the same, and the driver's CPU stays for sending.
using var handler = new SocketsHttpHandler
{
    MaxConnectionsPerServer = 4096, AllowAutoRedirect = false, UseCookies = false,
    AutomaticDecompression = DecompressionMethods.None, ConnectTimeout = TimeSpan.FromSeconds(5),
    PooledConnectionIdleTimeout = TimeSpan.FromMinutes(5),
};
using var http = new HttpClient(handler) { BaseAddress = site, Timeout = Timeout.InfiniteTimeSpan };
http.DefaultRequestHeaders.Add("User-Agent", "Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/131.0 Mobile Safari/537.36");
http.DefaultRequestHeaders.Add("Accept", "text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8");
http.DefaultRequestHeaders.Add("Accept-Encoding", "br, gzip");
http.DefaultRequestHeaders.Add("Accept-Language", "ar,en;q=0.8");

var urls = Arg("--urls") ?? throw new ArgumentException("--urls DATA/bench-urls.txt is required");
using var plain = new HttpClient { BaseAddress = site, Timeout = TimeSpan.FromSeconds(60) };
var mix = await UrlMix.LoadAsync(plain, urls, random);
var dropped = await mix.CheckAsync(http);
Console.WriteLine($"== {name}: {string.Join(", ", phases)}; addresses: {string.Join(", ", mix.Describe().Select(k => $"{k.Count} {k.Kind}"))}" +
    (dropped > 0 ? $" ({dropped} dropped)" : ""));

Editors? editors = null;
if (Arg("--editor") is { } email)
{
    var password = Environment.GetEnvironmentVariable("LOAD_EDITOR_PASSWORD") ?? throw new ArgumentException("LOAD_EDITOR_PASSWORD is not set");
    // The tag the readers' tag archive shows (bench-urls.txt line 3), so each publish evicts a page being read.
    var tag = Uri.UnescapeDataString(File.ReadLines(urls).ElementAt(2)["/tag/".Length..]).Replace('-', ' ');
    editors = new Editors(site, email, password, tag, Phase.ParseDuration(Arg("--publish-every") ?? "3s"), TimeSpan.FromSeconds(30));
}

var load = new OpenLoad(http, mix, random, timeout);
var result = await new Scenario(name, phases, load, new Meter(pid), editors, window, bound).RunAsync(Path.Combine(output, name + ".csv"));
var row = Summary.Row(result);
await File.WriteAllTextAsync(Path.Combine(output, name + ".md"), row + "\n");
var w = result.Whole;
var title = string.Create(CultureInfo.InvariantCulture, $"{name}: {w.Sent:#,0} requests, {w.Failed} failed, p99 {w.P99:0.0} ms")
    + (result.Capacity is { } c ? string.Create(CultureInfo.InvariantCulture, $", capacity {c:0} req/s") : "")
    + (editors is null ? "" : $", {result.Published} published ({result.PublishFailed} failed)");
Chart.Draw(result, title, window, Path.Combine(output, name + ".png"));
Console.WriteLine(Summary.Header);
Console.WriteLine(row);
if (result.Capacity is { } capacity) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"capacity: {capacity:0}"));
return 0;

string? Arg(string option) => args.SkipWhile(a => a != option).Skip(1).FirstOrDefault();
