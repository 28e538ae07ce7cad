using System.Net;
using System.Net.Sockets;
using System.Text;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.Hosting;

/// <summary>
/// The app on a real Kestrel socket: what a peer address, a Server header or a malformed request look like is only
/// real there (the in-memory test server has no peer and no HTTP parser).
/// </summary>
public static class RealServer
{
    public static Uri Start(QalamFactory factory)
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        factory.UseKestrel(port);
        factory.StartServer();
        // Clients made by the factory (and its sign-in helpers) talk to this socket.
        factory.ClientOptions.BaseAddress = new Uri($"http://127.0.0.1:{port}");
        return factory.ClientOptions.BaseAddress;
    }

    /// <summary>A client for the socket that, like the in-memory one, keeps cookies and does not follow redirects.</summary>
    public static HttpClient Client(Uri server, CookieContainer? cookies = null) =>
        new(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = cookies ?? new CookieContainer() }) { BaseAddress = server };

    /// <summary>Sends bytes as they are and returns the raw response text (status line, headers, body).</summary>
    public static async Task<string> SendRawAsync(Uri server, byte[] request)
    {
        using var tcp = new TcpClient();
        await tcp.ConnectAsync(server.Host, server.Port);
        var stream = tcp.GetStream();
        await stream.WriteAsync(request);
        // No half-close: the server would take it for an aborted request. Connection: close ends the answer.
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var read = reader.ReadToEndAsync();
        return await read.WaitAsync(TimeSpan.FromSeconds(30));
    }

    public static byte[] Request(string method, string path, string contentType, byte[] body, long? contentLength = null, string? cookie = null) =>
    [
        .. Encoding.ASCII.GetBytes($"{method} {path} HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n" +
            (cookie is null ? "" : $"Cookie: {cookie}\r\n") +
            $"Content-Type: {contentType}\r\nContent-Length: {contentLength ?? body.Length}\r\n\r\n"),
        .. body,
    ];
}
