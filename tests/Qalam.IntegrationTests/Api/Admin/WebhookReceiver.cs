using System.Collections.Concurrent;
using System.Net;
using System.Net.Sockets;

namespace Qalam.IntegrationTests.Api.Admin;

/// <summary>A real HTTP endpoint on loopback that records what it receives and answers with the statuses it is told to.</summary>
public sealed class WebhookReceiver : IDisposable
{
    public sealed record Received(string Body, IReadOnlyDictionary<string, string> Headers);

    private readonly HttpListener _listener = new();
    private readonly ConcurrentQueue<int> _answers = new();
    private readonly System.Threading.Channels.Channel<Received> _received = System.Threading.Channels.Channel.CreateUnbounded<Received>();

    /// <param name="port">A port to listen on (one a test reserved earlier), or 0 for any free one.</param>
    public WebhookReceiver(int port = 0)
    {
        Port = port == 0 ? FreePort() : port;
        _listener.Prefixes.Add($"http://127.0.0.1:{Port}/");
        _listener.Start();
        _ = Task.Run(LoopAsync);
    }

    public int Port { get; }
    public string Url => $"http://127.0.0.1:{Port}/hook";

    /// <summary>Answers the next requests with these statuses, then 200.</summary>
    public void AnswerNext(params int[] statuses)
    {
        foreach (var s in statuses) _answers.Enqueue(s);
    }

    public async Task<Received> NextAsync(TimeSpan? timeout = null)
    {
        using var cts = new CancellationTokenSource(timeout ?? TimeSpan.FromSeconds(20));
        return await _received.Reader.ReadAsync(cts.Token);
    }

    public bool TryTake(out Received? received) => _received.Reader.TryRead(out received);

    private async Task LoopAsync()
    {
        while (_listener.IsListening)
        {
            HttpListenerContext context;
            try { context = await _listener.GetContextAsync(); }
            catch (Exception e) when (e is HttpListenerException or ObjectDisposedException) { return; }
            using var reader = new StreamReader(context.Request.InputStream);
            var body = await reader.ReadToEndAsync();
            var headers = context.Request.Headers.AllKeys.ToDictionary(k => k!, k => context.Request.Headers[k]!, StringComparer.OrdinalIgnoreCase);
            context.Response.StatusCode = _answers.TryDequeue(out var status) ? status : 200;
            context.Response.Close();
            await _received.Writer.WriteAsync(new Received(body, headers));
        }
    }

    public static int FreePort()
    {
        var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        var port = ((IPEndPoint)probe.LocalEndpoint).Port;
        probe.Stop();
        return port;
    }

    public void Dispose()
    {
        _listener.Stop();
        _listener.Close();
    }
}
