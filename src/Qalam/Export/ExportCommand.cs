using System.CommandLine;
using System.Globalization;
using Microsoft.Extensions.Options;
using Qalam.Cli;

namespace Qalam.Export;

/// <summary>
/// `Qalam export static OUTDIR [--base-url URL]`: starts the site on a loopback port of its own (the page cache off: every
/// page is asked for once) and has <see cref="StaticExporter"/> write what it serves.
/// </summary>
public static class ExportCommand
{
    public static Command Create(Func<string[], WebApplication> buildSite)
    {
        var outDir = new Argument<string>("outdir") { Description = "The folder to write the site to (created if missing; a later export updates it)." };
        var baseUrl = new Option<string?>("--base-url")
        {
            Description = "Where the folder will be served, e.g. https://example.org/site/: links get its path, feeds and sitemaps its address (default: Qalam:PublicUrl).",
        };
        var command = new Command("static", "Write the public site as static files: pages, archives, feeds, sitemaps, media and stylesheets.");
        command.Arguments.Add(outDir);
        command.Options.Add(baseUrl);
        command.SetAction((parse, ct) => RunAsync(buildSite, parse, parse.GetValue(outDir)!, parse.GetValue(baseUrl), ct));
        var export = new Command("export", "Write the site out.");
        export.Subcommands.Add(command);
        return export;
    }

    private static async Task<int> RunAsync(Func<string[], WebApplication> buildSite, ParseResult parse, string outDir, string? baseText, CancellationToken ct)
    {
        if (!ExportTarget.TryParseBaseUrl(baseText, out var baseUrl, out var error)) return Refuse(error);
        ExportOutput output;
        try
        {
            output = ExportOutput.Open(outDir);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or ArgumentException or NotSupportedException)
        {
            return Refuse($"cannot write to {outDir}: {e.Message}");
        }
        var extra = new List<string> { "--urls=http://127.0.0.1:0", "--Logging:LogLevel:Default=Warning", "--Qalam:SeedDemo=false", "--Qalam:Cache:Enabled=false" };
        if (baseUrl is not null) extra.Add($"--Qalam:PublicUrl={baseUrl.GetLeftPart(UriPartial.Path).TrimEnd('/')}");
        try
        {
            await using var app = buildSite(QalamCli.HostArgs(parse, [.. extra]));
            await app.StartAsync(ct);
            try
            {
                return await ExportAsync(app, output, baseUrl, ct);
            }
            finally
            {
                await app.StopAsync(CancellationToken.None);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            return Refuse(Data.DatabaseErrors.IsEnvironmental(e) ? Data.DatabaseErrors.Reason(e) : e.Message);
        }
    }

    private static async Task<int> ExportAsync(WebApplication app, ExportOutput output, Uri? baseUrl, CancellationToken ct)
    {
        var origin = app.Urls.First().TrimEnd('/');
        var publicUrl = app.Services.GetRequiredService<IOptions<QalamOptions>>().Value.PublicUrl;
        if (baseUrl is null && !ExportTarget.TryParseBaseUrl(publicUrl, out baseUrl, out _)) baseUrl = null;
        var target = ExportTarget.For(baseUrl, origin, publicUrl);
        using var client = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false, UseCookies = false, MaxConnectionsPerServer = 32 })
        {
            BaseAddress = new Uri(origin),
            Timeout = TimeSpan.FromMinutes(2),
        };
        var bar = new ExportProgressBar(Console.Error, !Console.IsErrorRedirected);
        var summary = await StaticExporter.RunAsync(app.Services, client, target, output, bar, ct);
        bar.Finish();
        Console.WriteLine(Describe(summary, output.Root));
        if (baseUrl is null) Console.WriteLine("No --base-url and no Qalam:PublicUrl: feeds and sitemaps carry root-relative links.");
        foreach (var failure in summary.Failures.Take(20)) Console.Error.WriteLine($"Not exported: {failure}");
        return summary.Failures.Count == 0 ? 0 : 3;
    }

    public static string Describe(ExportSummary s, string root)
    {
        var seconds = Math.Max(s.Elapsed.TotalSeconds, 0.001);
        var counts = FormattableString.Invariant(
            $"Exported {s.Pages:N0} pages to {root}: {s.Written:N0} files written, {s.Unchanged:N0} unchanged, {s.Removed:N0} removed; ");
        var sizes = FormattableString.Invariant(
            $"{Megabytes(s.BytesWritten)} written of {Megabytes(s.BytesTotal)}; {seconds:F1} s ({s.Pages / seconds:F0} pages/s)");
        var skipped = FormattableString.Invariant($"; {s.Skipped:N0} addresses skipped (not found or not public)");
        return counts + sizes + skipped + (s.Failures.Count > 0 ? $"; {s.Failures.Count} addresses failed, so nothing was removed." : ".");
    }

    private static string Megabytes(long bytes) => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1048576.0:F1} MB");

    private static int Refuse(string reason)
    {
        Console.Error.WriteLine($"Cannot export: {reason}");
        return 1;
    }
}
