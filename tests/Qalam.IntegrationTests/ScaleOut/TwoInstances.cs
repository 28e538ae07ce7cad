using System.Net;
using System.Security.Cryptography;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Qalam.IntegrationTests.Infrastructure;

namespace Qalam.IntegrationTests.ScaleOut;

/// <summary>
/// Two instances of one site, A and B, each its own host with its own data directory, on one SQLite database (B's
/// ConnectionStrings:Default names A's file) and one Redis. Their folders are apart, so neither the change mark nor
/// the key files carry anything between them: what crosses, crosses through Redis. They share the key-ring key, as
/// instances of one site must. With <c>oneDataDirectory</c>, B runs on A's data directory instead, as two servers on
/// one machine do: then the change mark is there too, and Redis must make it unnecessary.
/// </summary>
public sealed class TwoInstances : IDisposable
{
    public TwoInstances(RedisServer redis, IReadOnlyDictionary<string, string>? settings = null, bool oneDataDirectory = false)
    {
        var shared = new Dictionary<string, string>(settings ?? new Dictionary<string, string>())
        {
            ["Qalam:Redis"] = redis.ConfigurationFor($"site-{Guid.NewGuid():N}"),
            ["Qalam:KeyRingKey"] = Convert.ToBase64String(RandomNumberGenerator.GetBytes(32)),
        };
        A = new QalamFactory(demo: false, settings: shared);
        B = new QalamFactory(demo: false, settings: new Dictionary<string, string>(shared)
        {
            [oneDataDirectory ? "Qalam:Data" : "ConnectionStrings:Default"] = oneDataDirectory ? A.DataDirectory : $"Data Source={Path.Combine(A.DataDirectory, "qalam.db")}",
        });
    }

    public QalamFactory A { get; }
    public QalamFactory B { get; }

    /// <summary>A browser's client on one instance; clients given one jar share their cookies, as one browser behind a load balancer.</summary>
    public static HttpClient Client(QalamFactory instance, CookieContainer jar, string ip)
    {
        var client = instance.CreateDefaultClient(new Uri("http://localhost"), new CookieContainerHandler(jar));
        client.DefaultRequestHeaders.Add("X-Forwarded-For", ip);
        return client;
    }

    public void Dispose()
    {
        B.Dispose();
        A.Dispose();
    }
}
