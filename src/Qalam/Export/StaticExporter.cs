using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Text;
using System.Threading.Channels;

namespace Qalam.Export;

/// <summary>
/// Writes the public site to a folder. It renders nothing itself: it asks the running site for every public address
/// over HTTP, as an anonymous reader with no cookie, and writes what the site answers, so the export is the site. It
/// starts from <see cref="ExportSeeds"/> and follows the links it finds (archive pages, media, stylesheets). A response
/// the site marks private or no-store, and anything under the paths below, is never written.
/// </summary>
public sealed class StaticExporter
{
    // Signed-in, per-visitor or form-driven addresses: none of them means anything as a file.
    private static readonly string[] Excluded = ["admin", "account", "search", "share", "comments", "error", "healthz", "readyz", "api", "preview"];
    private readonly HttpClient _client;
    private readonly ExportLinks _links;
    private readonly ExportOutput _output;
    private readonly Localization.Languages _languages;
    private readonly IProgress<ExportProgress>? _progress;
    private readonly Channel<string> _queue = Channel.CreateUnbounded<string>();
    private readonly ConcurrentBag<string> _failures = [];
    private int _pending, _known, _done, _pages, _skipped;

    private StaticExporter(HttpClient client, ExportTarget target, ExportOutput output, IProgress<ExportProgress>? progress, Localization.Languages languages)
    {
        _languages = languages;
        _client = client;
        _links = new ExportLinks(target);
        _output = output;
        _progress = progress;
    }

    /// <summary>Exports the site <paramref name="client"/> reaches (its BaseAddress); <paramref name="services"/> are that site's, for the seeds.</summary>
    public static async Task<ExportSummary> RunAsync(IServiceProvider services, HttpClient client, ExportTarget target, ExportOutput output,
        IProgress<ExportProgress>? progress, CancellationToken ct)
    {
        var clock = Stopwatch.StartNew();
        List<string> seeds;
        await using (var scope = services.CreateAsyncScope()) seeds = await ExportSeeds.ListAsync(scope.ServiceProvider, ct);
        var exporter = new StaticExporter(client, target, output, progress, services.GetRequiredService<Localization.Languages>());
        foreach (var seed in seeds) exporter.Enqueue(seed);
        if (exporter._pending == 0) exporter._queue.Writer.TryComplete();
        var workers = Math.Clamp(Environment.ProcessorCount * 2, 4, 16);
        await Task.WhenAll(Enumerable.Range(0, workers).Select(_ => exporter.WorkAsync(ct)));
        var failures = exporter._failures.Order(StringComparer.Ordinal).ToList();
        output.Finish(removeStale: failures.Count == 0);
        return new ExportSummary(exporter._pages, output.Written, output.Unchanged, output.Removed, output.BytesWritten, output.BytesTotal,
            exporter._skipped, failures, clock.Elapsed);
    }

    private bool IsExportable(string address)
    {
        if (!address.StartsWith('/') || address.StartsWith("//", StringComparison.Ordinal)) return false;
        var first = address.AsSpan(1);
        var end = first.IndexOfAny('/', '?');
        // Under a language's prefix the page's own first segment decides: /en/search is the search page.
        if (end > 0 && first[end] == '/' && _languages.Find(first[..end].ToString()) is { } language && language != _languages.Default)
        {
            first = first[(end + 1)..];
            end = first.IndexOfAny('/', '?');
        }
        return !Excluded.Contains((end < 0 ? first : first[..end]).ToString(), StringComparer.OrdinalIgnoreCase);
    }

    private void Enqueue(string address)
    {
        var hash = address.IndexOf('#');
        if (hash >= 0) address = address[..hash];
        if (!IsExportable(address)) return;
        // Deduplicated by file: /x, /x/ and other spellings of one address are fetched once.
        if (ExportPaths.FileFor(address) is not { } file || !_output.Claim(file)) return;
        Interlocked.Increment(ref _pending);
        Interlocked.Increment(ref _known);
        _queue.Writer.TryWrite(address);
    }

    private async Task WorkAsync(CancellationToken ct)
    {
        await foreach (var address in _queue.Reader.ReadAllAsync(ct))
        {
            try
            {
                await ExportAsync(address, ct);
            }
            catch (Exception e) when (e is HttpRequestException or IOException or UnauthorizedAccessException)
            {
                _failures.Add($"{address}: {e.Message}");
            }
            finally
            {
                _progress?.Report(new ExportProgress(Interlocked.Increment(ref _done), Volatile.Read(ref _known)));
                if (Interlocked.Decrement(ref _pending) == 0) _queue.Writer.TryComplete();
            }
        }
    }

    private async Task ExportAsync(string address, CancellationToken ct)
    {
        using var response = await _client.GetAsync(address, HttpCompletionOption.ResponseHeadersRead, ct);
        var file = ExportPaths.FileFor(address)!;
        switch (response.StatusCode)
        {
            case HttpStatusCode.OK when IsPrivate(response):
                Interlocked.Increment(ref _skipped);
                return;
            case HttpStatusCode.OK:
                var kind = ExportLinks.KindOf(response.Content.Headers.ContentType?.ToString());
                var body = _links.Rewrite(await response.Content.ReadAsByteArrayAsync(ct), kind, Enqueue);
                if (kind == ExportLinks.Kind.Html) Interlocked.Increment(ref _pages);
                await _output.WriteAsync(file, body, ct);
                return;
            case HttpStatusCode.MovedPermanently or HttpStatusCode.Found or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect:
                await RedirectAsync(file, response.Headers.Location, ct);
                return;
            case >= HttpStatusCode.InternalServerError:
                _failures.Add($"{address}: the site answered {(int)response.StatusCode}");
                return;
            default:
                // 404 and the like: an address that is not public (or a page past an archive's end).
                Interlocked.Increment(ref _skipped);
                return;
        }
    }

    private static bool IsPrivate(HttpResponseMessage response) =>
        response.Headers.CacheControl is { } c && (c.Private || c.NoStore);

    /// <summary>A page that moved (an old slug) becomes a small page that sends the reader on, and its target is exported.</summary>
    private async Task RedirectAsync(string file, Uri? location, CancellationToken ct)
    {
        string? path = null;
        if (location is null || !file.EndsWith("index.html", StringComparison.Ordinal)) return;
        if (_links.Map(location.OriginalString, p => path = p) is not { } target || path is null || !IsExportable(path)) return;
        Enqueue(path);
        var encoded = WebUtility.HtmlEncode(target);
        var html = $"<!DOCTYPE html>\n<html><head><meta charset=\"utf-8\"><title>{encoded}</title><link rel=\"canonical\" href=\"{encoded}\">"
            + $"<meta http-equiv=\"refresh\" content=\"0; url={encoded}\"></head><body><a href=\"{encoded}\">{encoded}</a></body></html>\n";
        await _output.WriteAsync(file, Encoding.UTF8.GetBytes(html), ct);
    }
}

public sealed record ExportProgress(int Done, int Known);

/// <param name="Skipped">Addresses asked for that gave nothing to write: not found, moved off the site, or private.</param>
public sealed record ExportSummary(int Pages, int Written, int Unchanged, int Removed, long BytesWritten, long BytesTotal,
    int Skipped, IReadOnlyList<string> Failures, TimeSpan Elapsed);
