using System.Diagnostics;
using System.Net;
using System.Net.Sockets;

namespace Qalam.IntegrationTests.Infrastructure;

/// <summary>What the servers the tests start themselves (PostgreSQL, Redis, nginx) share: a free port, and clearing up after runs that died.</summary>
internal static class TestServers
{
    /// <summary>A loopback port nothing listens on now.</summary>
    public static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    public static bool Alive(int pid)
    {
        try
        {
            using var p = Process.GetProcessById(pid);
            return !p.HasExited;
        }
        catch (ArgumentException)
        {
            return false;
        }
    }

    /// <summary>
    /// Servers of test runs that died before their end: each run's folder under <paramref name="root"/> starts with the
    /// test process's id; when that process is gone, the server its pid file names is stopped and the folder removed.
    /// </summary>
    public static void StopLeftovers(string root, string pidFileName, string processName)
    {
        if (!Directory.Exists(root)) return;
        foreach (var folder in Directory.GetDirectories(root))
        {
            if (int.TryParse(Path.GetFileName(folder).Split('-')[0], out var owner) && Alive(owner)) continue;
            var pidFile = Path.Combine(folder, pidFileName);
            if (File.Exists(pidFile) && int.TryParse(File.ReadAllText(pidFile).Trim(), out var pid) && Alive(pid))
            {
                using var server = Process.GetProcessById(pid);
                if (server.ProcessName.StartsWith(processName, StringComparison.Ordinal)) server.Kill();
            }
            Directory.Delete(folder, recursive: true);
        }
    }
}
