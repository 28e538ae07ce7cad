using System.Xml.Linq;
using Microsoft.AspNetCore.DataProtection.Repositories;
using StackExchange.Redis;

namespace Qalam.ScaleOut;

/// <summary>
/// The data-protection key ring shared by every instance through Redis, so a sign-in cookie or an antiforgery token
/// made on one is read on another. The keys arrive here already encrypted under the key-ring key (which every
/// instance must share), so Redis holds them encrypted at rest as the files do. Each instance also keeps them in its
/// own keys/ folder: backups take them from there, and they are read from there while Redis is unreachable.
/// </summary>
internal sealed class SharedKeyRing(SharedRedis redis, DirectoryInfo folder, ILoggerFactory logs) : IXmlRepository
{
    private readonly FileSystemXmlRepository _files = new(folder, logs);

    private RedisKey Key => redis.Key("data-protection-keys");

    public IReadOnlyCollection<XElement> GetAllElements()
    {
        var local = _files.GetAllElements();
        if (!redis.IsConnected) return local;
        try
        {
            // The key manager reads synchronously; it reads rarely (at start, then about once a day).
            var db = redis.Connection.GetDatabase();
            var shared = db.ListRange(Key).Select(v => XElement.Parse(v.ToString())).ToList();
            var sharedIds = shared.Select(Identity).ToHashSet();
            var localIds = local.Select(Identity).ToHashSet();
            // Keys this instance made alone (before Redis was set, or while it was away) join the ring, so what
            // they protect (sessions, confidential files) stays readable on every instance.
            foreach (var element in local.Where(e => !sharedIds.Contains(Identity(e))))
            {
                db.ListRightPush(Key, element.ToString(SaveOptions.DisableFormatting));
                shared.Add(element);
            }
            foreach (var element in shared.Where(e => !localIds.Contains(Identity(e)))) _files.StoreElement(element, FriendlyName(element));
            return shared;
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            redis.Failed(e);
            return local;
        }
    }

    public void StoreElement(XElement element, string friendlyName)
    {
        _files.StoreElement(element, friendlyName);
        try
        {
            redis.Connection.GetDatabase().ListRightPush(Key, element.ToString(SaveOptions.DisableFormatting));
        }
        catch (Exception e) when (e is RedisException or TimeoutException)
        {
            // Kept in the folder; the next read while Redis answers shares it.
            redis.Failed(e);
        }
    }

    /// <summary>A key by its id; a revocation (which has none) by its whole text.</summary>
    private static string Identity(XElement element) => (string?)element.Attribute("id") ?? element.ToString(SaveOptions.DisableFormatting);

    private static string FriendlyName(XElement element) =>
        (string?)element.Attribute("id") is { } id ? $"key-{id}" : $"{element.Name.LocalName}-{Guid.NewGuid():N}";
}
