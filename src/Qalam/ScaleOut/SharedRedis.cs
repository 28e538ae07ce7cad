using StackExchange.Redis;

namespace Qalam.ScaleOut;

/// <summary>
/// The one connection to Redis (Qalam:Redis) that instances of a site share the change feed, the key ring and the
/// rate limits through. Redis is a helper, never a requirement: every caller has a way to go on without it, so a
/// command fails at once while it is unreachable (no backlog, which would hold a save until it returns), and the
/// outage is logged once when it starts and once when it ends, not per request.
/// </summary>
public sealed class SharedRedis : IDisposable
{
    private readonly ConfigurationOptions _options;
    private readonly ILogger<SharedRedis> _log;
    private readonly Lazy<ConnectionMultiplexer> _connection;
    private int _failing;

    public SharedRedis(ConfigurationOptions options, ILogger<SharedRedis> log)
    {
        _options = options;
        _log = log;
        // Its channel prefix names the site on a Redis that several sites share; it prefixes keys too, so it is
        // applied here rather than by the client, which would apply it to channels only.
        Prefix = options.ChannelPrefix.IsNullOrEmpty ? "qalam" : options.ChannelPrefix.ToString();
        options.ChannelPrefix = default;
        options.AbortOnConnectFail = false;
        options.BacklogPolicy = BacklogPolicy.FailFast;
        _connection = new(Connect);
    }

    public string Prefix { get; }

    public ConnectionMultiplexer Connection => _connection.Value;

    public bool IsConnected => Connection.IsConnected;

    public RedisKey Key(string name) => $"{Prefix}:{name}";

    public RedisChannel Channel(string name) => RedisChannel.Literal($"{Prefix}:{name}");

    /// <summary>A command failed: what it guarded goes on without Redis; said once until Redis answers again.</summary>
    public void Failed(Exception? e)
    {
        if (Interlocked.Exchange(ref _failing, 1) == 0)
        {
            _log.LogWarning(e, "Redis ({Endpoints}) did not answer: pages are kept briefly, changes on other instances are not seen, and sign-in and download limits are counted by this instance alone, until it answers again",
                Endpoints);
        }
    }

    /// <summary>A command succeeded, or the connection came back: the next failure is said again.</summary>
    public void Answered()
    {
        if (Interlocked.Exchange(ref _failing, 0) == 1) _log.LogInformation("Redis answers again: changes, keys and limits are shared with the other instances");
    }

    private string Endpoints => string.Join(", ", _options.EndPoints.Select(e => e.ToString()));

    private ConnectionMultiplexer Connect()
    {
        // Connected on first use and waited for, so the key ring is read from Redis and not made anew here; when
        // Redis is down this waits its connect timeout once, then the client keeps trying in the background.
        var connection = ConnectionMultiplexer.Connect(_options);
        connection.ConnectionFailed += (_, e) => Failed(e.Exception);
        connection.ConnectionRestored += (_, _) => Answered();
        if (!connection.IsConnected) Failed(null);
        return connection;
    }

    public void Dispose()
    {
        if (_connection.IsValueCreated) _connection.Value.Dispose();
    }
}
