using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Security.Cryptography.X509Certificates;

using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// Debian's nginx running deploy/nginx-several.conf in front of instances on loopback ports. The file is used as it
/// is documented, with only its ports, addresses and paths changed (<see cref="Site"/>): the two upstream servers
/// become the instances' ports, the listen ports free loopback ones (the IPv6 listens dropped), the certificate a
/// self-signed one made here. It runs in the foreground as one process (no daemon, no workers to outlive a kill)
/// with its pid, logs and temp files under its own folder, so nothing touches the system's nginx or port 80.
/// </summary>
public sealed class NginxServer : IDisposable
{
    public static readonly string Root = Path.Combine(Path.GetTempPath(), "qalam-test-nginx");
    private readonly string _folder = Path.Combine(Root, $"{Environment.ProcessId}-{Guid.NewGuid():N}");
    private readonly string _thumbprint;
    private Process? _process;

    private NginxServer(IReadOnlyList<int> upstreams)
    {
        Directory.CreateDirectory(Path.Combine(_folder, "temp"));
        _thumbprint = WriteCertificate(_folder);
        File.WriteAllText(Path.Combine(_folder, "qalam.conf"), Site(File.ReadAllText(Documented), upstreams, HttpPort, HttpsPort, _folder));
        File.WriteAllText(Path.Combine(_folder, "nginx.conf"), $$"""
            daemon off;
            master_process off;
            pid {{_folder}}/nginx.pid;
            error_log {{_folder}}/error.log info;
            events { worker_connections 1024; }
            http {
                log_format upstreams '$request $status $upstream_addr $upstream_status';
                access_log {{_folder}}/access.log upstreams;
                client_body_temp_path {{_folder}}/temp/body;
                proxy_temp_path {{_folder}}/temp/proxy;
                fastcgi_temp_path {{_folder}}/temp/fastcgi;
                uwsgi_temp_path {{_folder}}/temp/uwsgi;
                scgi_temp_path {{_folder}}/temp/scgi;
                include {{_folder}}/qalam.conf;
            }
            """);
    }

    public static string Documented => Path.Combine(AppContext.BaseDirectory, "deploy", "nginx-several.conf");

    public int HttpPort { get; } = TestServers.FreePort();
    public int HttpsPort { get; } = TestServers.FreePort();

    /// <summary>What nginx logged for each request: the request, its status, the upstreams tried and their statuses.</summary>
    public string AccessLog => File.Exists(Path.Combine(_folder, "access.log")) ? File.ReadAllText(Path.Combine(_folder, "access.log")) : "";

    public string ErrorLog => File.Exists(Path.Combine(_folder, "error.log")) ? File.ReadAllText(Path.Combine(_folder, "error.log")) : "";

    public static async Task<NginxServer> StartAsync(IReadOnlyList<int> upstreams)
    {
        TestServers.StopLeftovers(Root, "process.pid", "nginx");
        var binary = new[] { Environment.GetEnvironmentVariable("QALAM_TEST_NGINX"), "/usr/sbin/nginx", "/usr/local/sbin/nginx" }
            .FirstOrDefault(p => !string.IsNullOrEmpty(p) && File.Exists(p))
            ?? throw new InvalidOperationException("nginx is not installed: the multi-instance test needs it (apt-get install -y nginx; scripts/test installs it).");
        var server = new NginxServer(upstreams);
        var psi = new ProcessStartInfo(binary) { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false, WorkingDirectory = server._folder };
        foreach (var a in new[] { "-p", server._folder, "-c", Path.Combine(server._folder, "nginx.conf"), "-e", Path.Combine(server._folder, "error.log") }) psi.ArgumentList.Add(a);
        server._process = Process.Start(psi)!;
        server._process.OutputDataReceived += (_, _) => { };
        server._process.ErrorDataReceived += (_, _) => { };
        server._process.BeginOutputReadLine();
        server._process.BeginErrorReadLine();
        File.WriteAllText(Path.Combine(server._folder, "process.pid"), server._process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture));
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (true)
        {
            if (server._process.HasExited) throw new InvalidOperationException($"nginx ended: {server.ErrorLog}");
            try
            {
                using var probe = new TcpClient();
                await probe.ConnectAsync(IPAddress.Loopback, server.HttpsPort);
                return server;
            }
            catch (SocketException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(50);
            }
        }
    }

    /// <summary>
    /// The documented file with only ports, addresses and paths changed. Each change must find its target, so a
    /// reworded file fails here rather than being run half-changed.
    /// </summary>
    public static string Site(string documented, IReadOnlyList<int> upstreams, int httpPort, int httpsPort, string folder)
    {
        var changes = new List<(string From, string To)>
        {
            ("listen 80;", $"listen 127.0.0.1:{httpPort};"),
            ("listen 443 ssl http2;", $"listen 127.0.0.1:{httpsPort} ssl http2;"),
            ("/etc/letsencrypt/live/example.org/", folder + "/"),
            ("/var/www/acme", Path.Combine(folder, "acme")),
        };
        changes.AddRange(upstreams.Select((port, i) => ($"server 10.0.0.{11 + i}:5000 ", $"server 127.0.0.1:{port} ")));
        var text = documented;
        foreach (var (from, to) in changes)
        {
            if (!text.Contains(from, StringComparison.Ordinal)) throw new InvalidOperationException($"deploy/nginx-several.conf no longer has '{from}'.");
            text = text.Replace(from, to, StringComparison.Ordinal);
        }
        if (text.Contains("server 10.0.0.", StringComparison.Ordinal)) throw new InvalidOperationException("deploy/nginx-several.conf names more instances than the test runs.");
        // Loopback has no routable IPv6 address everywhere; the IPv4 listens carry the same server blocks.
        return string.Join('\n', text.Split('\n').Where(line => !line.TrimStart().StartsWith("listen [::]:", StringComparison.Ordinal)));
    }

    /// <summary>A client of the site through nginx over TLS, trusting exactly the certificate made for it.</summary>
    public HttpClient Client(int connections = 4) => new(new SocketsHttpHandler
    {
        AllowAutoRedirect = false,
        MaxConnectionsPerServer = connections,
        SslOptions = { RemoteCertificateValidationCallback = (_, cert, _, _) => cert is not null && cert.GetCertHashString() == _thumbprint },
    })
    {
        BaseAddress = new Uri($"https://127.0.0.1:{HttpsPort}"),
        Timeout = TimeSpan.FromSeconds(30),
    };

    public void Dispose()
    {
        if (_process is { HasExited: false } process)
        {
            process.Kill();
            process.WaitForExit();
        }
        _process?.Dispose();
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
            // Left for the next run's StopLeftovers.
        }
    }

    private static string WriteCertificate(string folder)
    {
        using var key = RSA.Create(2048);
        var request = new CertificateRequest("CN=127.0.0.1", key, HashAlgorithmName.SHA256, RSASignaturePadding.Pkcs1);
        var names = new SubjectAlternativeNameBuilder();
        names.AddIpAddress(IPAddress.Loopback);
        request.CertificateExtensions.Add(names.Build());
        using var certificate = request.CreateSelfSigned(DateTimeOffset.UtcNow.AddMinutes(-5), DateTimeOffset.UtcNow.AddDays(1));
        File.WriteAllText(Path.Combine(folder, "fullchain.pem"), certificate.ExportCertificatePem());
        File.WriteAllText(Path.Combine(folder, "privkey.pem"), key.ExportPkcs8PrivateKeyPem());
        return certificate.GetCertHashString();
    }
}
