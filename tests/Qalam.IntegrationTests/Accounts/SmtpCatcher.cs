using System.Net;
using System.Net.Sockets;
using System.Text;

namespace Qalam.IntegrationTests.Accounts;

/// <summary>
/// A minimal SMTP server on 127.0.0.1 that accepts every message and keeps its raw text, so tests can read the mail
/// the app really sent over the network (no TLS, no authentication: what a local relay looks like).
/// </summary>
public sealed class SmtpCatcher : IDisposable
{
    private readonly TcpListener _listener = new(IPAddress.Loopback, 0);
    private readonly CancellationTokenSource _stop = new();

    private readonly TimeSpan _greetingDelay;

    /// <param name="greetingDelay">How long to wait before greeting: a slow mail server.</param>
    public SmtpCatcher(TimeSpan greetingDelay = default)
    {
        _greetingDelay = greetingDelay;
        _listener.Start();
        _ = Task.Run(AcceptAsync);
    }

    public int Port => ((IPEndPoint)_listener.LocalEndpoint).Port;

    public List<string> Messages { get; } = [];

    /// <summary>Mail is sent from a background queue: waits (up to 15 s) until at least <paramref name="count"/> messages arrived.</summary>
    public async Task<List<string>> WaitForAsync(int count = 1)
    {
        for (var waited = 0; waited < 15_000; waited += 50)
        {
            lock (Messages) if (Messages.Count >= count) return [.. Messages];
            await Task.Delay(50);
        }
        lock (Messages) return [.. Messages];
    }

    private async Task AcceptAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            TcpClient client;
            try
            {
                client = await _listener.AcceptTcpClientAsync(_stop.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            _ = Task.Run(() => ServeAsync(client));
        }
    }

    private async Task ServeAsync(TcpClient client)
    {
        using var _ = client;
        var stream = client.GetStream();
        using var reader = new StreamReader(stream, Encoding.UTF8);
        await using var writer = new StreamWriter(stream, new UTF8Encoding(false)) { NewLine = "\r\n", AutoFlush = true };
        if (_greetingDelay > TimeSpan.Zero) await Task.Delay(_greetingDelay);
        await writer.WriteLineAsync("220 catcher ESMTP");
        while (await reader.ReadLineAsync() is { } line)
        {
            var verb = line.Split(' ')[0].ToUpperInvariant();
            if (verb is "EHLO" or "HELO") await writer.WriteLineAsync("250 catcher");
            else if (verb == "DATA")
            {
                await writer.WriteLineAsync("354 end with .");
                var body = new StringBuilder();
                while (await reader.ReadLineAsync() is { } data && data != ".") body.AppendLine(data);
                lock (Messages) Messages.Add(body.ToString());
                await writer.WriteLineAsync("250 queued");
            }
            else if (verb == "QUIT")
            {
                await writer.WriteLineAsync("221 bye");
                return;
            }
            else await writer.WriteLineAsync("250 ok");
        }
    }

    public void Dispose()
    {
        _stop.Cancel();
        _listener.Stop();
    }
}
