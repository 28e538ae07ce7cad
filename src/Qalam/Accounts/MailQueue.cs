using System.Threading.Channels;

namespace Qalam.Accounts;

/// <summary>
/// Mail that must not hold up the answer: "forgot password" queues its message here and answers at once, so the time it
/// takes no longer tells whether the email belongs to someone. A hosted service drains the queue through <see cref="Mailer"/>.
/// </summary>
public sealed class MailQueue(Mailer mailer) : BackgroundService
{
    private sealed record Message(string To, string Subject, string Body);

    // Bounded: a flood of requests cannot grow memory; past the bound a message is dropped (the sign-in rate limit makes that rare).
    private readonly Channel<Message> _queue = Channel.CreateBounded<Message>(new BoundedChannelOptions(1000)
    {
        FullMode = BoundedChannelFullMode.DropWrite,
        SingleReader = true,
    });

    public bool Enqueue(string to, string subject, string body) => _queue.Writer.TryWrite(new Message(to, subject, body));

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await foreach (var m in _queue.Reader.ReadAllAsync(stoppingToken))
        {
            await mailer.TrySendAsync(m.To, m.Subject, m.Body, stoppingToken);
        }
    }
}
