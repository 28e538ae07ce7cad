using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Faults;

/// <summary>The real program serving a data directory on a port of its own, as an operator runs it; what it prints is kept.</summary>
public sealed class ServedSite : IDisposable
{
    private readonly Process _process;

    private ServedSite(Process process, string url)
    {
        _process = process;
        Url = url;
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) Lines.Enqueue(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) Lines.Enqueue(e.Data); };
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
    }

    public string Url { get; }
    public ConcurrentQueue<string> Lines { get; } = new();

    /// <summary>
    /// Starts serve (on <paramref name="url"/>, or a free loopback port) and waits until it answers (a loaded 2-core
    /// machine can take a while to start a host).
    /// </summary>
    public static async Task<ServedSite> StartAsync(string dataDirectory, IReadOnlyDictionary<string, string>? settings = null, string? url = null)
    {
        var environment = new Dictionary<string, string>(settings ?? new Dictionary<string, string>()) { ["Qalam__SeedDemo"] = "false" };
        url ??= FreeUrl();
        var site = new ServedSite(QalamProcess.Start(environment, "serve", "--data", dataDirectory, "--urls", url), url);
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < TimeSpan.FromSeconds(120))
        {
            if (site._process.HasExited) throw new InvalidOperationException("serve ended: " + string.Join('\n', site.Lines));
            try
            {
                if ((await http.GetAsync(url + "/healthz")).StatusCode == HttpStatusCode.OK) return site;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                // Not listening yet.
            }
            await Task.Delay(200);
        }
        site.Dispose();
        throw new TimeoutException("serve did not answer within 120 s");
    }

    /// <summary>A browser of this site: its own cookies, no automatic redirects (a redirect is the answer to check).</summary>
    public HttpClient Browser() => new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() })
    {
        BaseAddress = new Uri(Url),
        Timeout = TimeSpan.FromSeconds(60),
    };

    /// <summary>SIGKILL: no shutdown, no flush, no finally blocks, as a power cut or the OOM killer would.</summary>
    public async Task KillAsync()
    {
        _process.Kill();
        await _process.WaitForExitAsync();
    }

    public void Dispose()
    {
        if (!_process.HasExited) _process.Kill();
        _process.WaitForExit();
        _process.Dispose();
    }

    /// <summary>An address on a free loopback port, for a site that must come back on the same one.</summary>
    public static string FreeUrl()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return $"http://127.0.0.1:{((IPEndPoint)listener.LocalEndpoint).Port}";
    }
}
