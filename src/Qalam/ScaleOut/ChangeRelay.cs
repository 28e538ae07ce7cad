using Qalam.Content;
using StackExchange.Redis;

namespace Qalam.ScaleOut;

/// <summary>
/// Carries the change feed between instances: a change committed here is published on a Redis channel, and one that
/// another instance published is announced here as from elsewhere, so the page evictor drops exactly the pages (and
/// settings) it shows. While Redis is unreachable changes are missed, so the feed says it does not hear the others
/// (pages are then kept briefly), and when Redis answers again everything kept is dropped once.
/// </summary>
public sealed class ChangeRelay(SharedRedis redis, ContentFeed feed, ILogger<ChangeRelay> log) : IHostedService
{
    // Per host, not per process: two hosts in one process (as tests run them) are two instances.
    private readonly string _me = $"{Environment.ProcessId}:{Guid.NewGuid():N}";
    private readonly SemaphoreSlim _gate = new(1, 1);
    private ChannelMessageQueue? _queue;

    private RedisChannel Channel => redis.Channel("content-changed");

    public async Task StartAsync(CancellationToken cancellationToken)
    {
        // Deaf until subscribed: a page kept before then may miss a change made elsewhere.
        feed.HearsOtherInstances = false;
        var connection = redis.Connection;
        connection.ConnectionFailed += (_, _) => _ = LostAsync();
        connection.ConnectionRestored += (_, _) => _ = RestoredAsync();
        await RestoredAsync();
    }

    /// <summary>Tells the other instances of a change committed here; false when Redis could not take it.</summary>
    public async Task<bool> PublishAsync(ContentChange change)
    {
        if (change.FromElsewhere) return false;
        try
        {
            await redis.Connection.GetSubscriber().PublishAsync(Channel, ChangeMessage.Write(_me, change));
            redis.Answered();
            return true;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // The save is committed; the others drop everything when they hear Redis again.
            redis.Failed(e);
            return false;
        }
    }

    private async Task ReceiveAsync(ChannelMessage message)
    {
        ChangeMessage? change;
        try
        {
            change = ChangeMessage.Read(message.Message.ToString());
        }
        catch (System.Text.Json.JsonException e)
        {
            log.LogError(e, "A change from another instance could not be read; the page cache is dropped instead");
            change = new ChangeMessage("", true, [], []);
        }
        if (change is null || change.Sender == _me) return;
        await feed.AnnounceAsync(change.ToChange());
    }

    private async Task LostAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (!feed.HearsOtherInstances) return;
            feed.HearsOtherInstances = false;
            // Pages kept for hours would miss what the others change from now on: they are made again and kept briefly.
            await feed.AnnounceAsync(ContentChange.Everything with { FromElsewhere = true });
        }
        finally
        {
            _gate.Release();
        }
    }

    private async Task RestoredAsync()
    {
        await _gate.WaitAsync();
        try
        {
            if (feed.HearsOtherInstances) return;
            var subscriber = redis.Connection.GetSubscriber();
            if (_queue is null)
            {
                _queue = await subscriber.SubscribeAsync(Channel);
                _queue.OnMessage(ReceiveAsync);
            }
            // Both connections (commands, subscriptions) report their return; only the subscriptions' one matters.
            if (!subscriber.IsConnected(Channel)) return;
            feed.HearsOtherInstances = true;
            redis.Answered();
            // Changes made elsewhere meanwhile were not heard: nothing kept can be trusted.
            await feed.AnnounceAsync(ContentChange.Everything with { FromElsewhere = true });
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Failed(e);
        }
        finally
        {
            _gate.Release();
        }
    }

    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_queue is { } queue) await queue.UnsubscribeAsync();
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Redis is gone; so is the subscription.
        }
    }
}
