using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// A throwaway redis-server (Debian's package) on a free loopback port, with nothing saved to disk, shared by the
/// tests of the "redis" collection and killed at the end. Its folder under one temp root holds its pid, so a run that
/// was killed leaves a server the next run (or the test script, by those pid files) can stop. A missing redis-server
/// fails the tests: scripts/test installs it, and a run without it must not go green.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "qalam-test-redis");
    private readonly string _folder = Path.Combine(Root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
    private Process? _process;

    public int Port { get; } = TestServers.FreePort();

    /// <summary>A configuration string for Qalam:Redis; the prefix keeps each pair of test sites apart on the one server.</summary>
    public string ConfigurationFor(string site) => $"127.0.0.1:{Port},channelPrefix={site},connectTimeout=2000";

    public async Task InitializeAsync()
    {
        TestServers.StopLeftovers(Root, "redis.pid", "redis-server");
        Directory.CreateDirectory(_folder);
        await StartAsync();
    }

    /// <summary>Starts the server (again) on the same port.</summary>
    public async Task StartAsync()
    {
        var binary = Binary() ?? throw new InvalidOperationException(
            "redis-server is not installed: the Redis tests need it (apt-get install -y redis-server; scripts/test installs it).");
        var psi = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = _folder };
        foreach (var a in new[] { "--port", Port.ToString(), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no", "--daemonize", "no",
                     "--pidfile", Path.Combine(_folder, "redis.pid"), "--dir", _folder })
        {
            psi.ArgumentList.Add(a);
        }
        _process = Process.Start(psi)!;
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, Port);
                return;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>Kills the server, as a crash or a network cut would take it away.</summary>
    public async Task StopAsync()
    {
        if (_process is not { HasExited: false } process) return;
        process.Kill();
        await process.WaitForExitAsync();
    }

    public async Task DisposeAsync()
    {
        await StopAsync();
        _process?.Dispose();
        Directory.Delete(_folder, recursive: true);
    }

    private static string? Binary() =>
        new[] { Environment.GetEnvironmentVariable("QALAM_TEST_REDIS_SERVER"), "/usr/bin/redis-server", "/usr/local/bin/redis-server" }
            .Concat((Environment.GetEnvironmentVariable("PATH") ?? "").Split(':', StringSplitOptions.RemoveEmptyEntries).Select(d => Path.Combine(d, "redis-server")))
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p));
}

[CollectionDefinition(Name)]
public sealed class RedisCollection : ICollectionFixture<RedisServer>
{
    public const string Name = "redis";
}
