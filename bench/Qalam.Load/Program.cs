using System.Globalization;
using System.Net;
using Qalam.Load;

// Usage: Qalam.Load --base URL --urls DATA/bench-urls.txt --pid SITE_PID --name NAME --phases 60s@100,60s@1000 [--out DIR]
//        [--p99-bound MS]  (capacity ramp: stop at the first phase whose p99 exceeds MS or that has a failure)
//        [--warmup 10s@50,10s@200]  (run first, outside the figures)  [--editor EMAIL --publish-every 3s]  (password in LOAD_EDITOR_PASSWORD)  [--timeout 10s] [--window 10s] [--seed 1]
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
var plan = phases.Count <= 4 ? string.Join(", ", phases) : $"up to {phases.Count} steps: {phases[0]}, {phases[1]}, {phases[2]} …";
Console.WriteLine($"== {name}: {plan}; addresses: {string.Join(", ", mix.Describe().Select(k => $"{k.Count} {k.Kind}"))}" +
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
var warmup = await WarmUpAsync();
var result = await new Scenario(name, phases, load, new Meter(pid), editors, window, bound).RunAsync(Path.Combine(output, name + ".csv"));
var row = Summary.Row(result, warmup);
await File.WriteAllTextAsync(Path.Combine(output, name + ".md"), row + "\n");
var w = result.Whole;
var title = string.Create(CultureInfo.InvariantCulture, $"{name}: {w.Sent:#,0} requests, {w.Failed} failed, p99 {w.P99:0.0} ms")
    + (result.Capacity is { } c ? string.Create(CultureInfo.InvariantCulture, $", capacity {c:0} req/s") : "")
    + (editors is null ? "" : $", {result.Published} published ({result.PublishFailed} failed)");
Chart.Draw(result, title, window, bound, Path.Combine(output, name + ".png"));
Console.WriteLine(Summary.Header);
Console.WriteLine(row);
if (result.Capacity is { } capacity) Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"capacity: {capacity:0}"));
return 0;

// A freshly started site meets its first requests with nothing compiled or cached and few threads; the warm-up phases
// take it there before the clock starts. What they saw is printed and noted in the table, never dropped silently.
async Task<TallySnapshot?> WarmUpAsync()
{
    if (Arg("--warmup") is not { } list) return null;
    foreach (var phase in Phase.ParseList(list)) await load.RunAsync(phase, CancellationToken.None);
    await load.DrainAsync();
    var seen = load.Whole.Take();
    load.Window.Take();
    load.Phase.Take();
    load.TakeWorstLagMs();
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  warm-up {list}: {seen.Sent} requests, {seen.Failed} failed, p50 {seen.P50:0.0} ms, p99 {seen.P99:0.0} ms, max {seen.Max:0.0} ms"));
    return seen;
}

string? Arg(string option) => args.SkipWhile(a => a != option).Skip(1).FirstOrDefault();
