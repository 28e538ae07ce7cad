using System.Net;
using Microsoft.AspNetCore.HostFiltering;
using Microsoft.AspNetCore.HttpOverrides;

namespace Qalam.Hosting;

/// <summary>
/// The hosts the site answers to and the proxies it believes. Without an explicit AllowedHosts, the hosts are
/// Qalam:PublicUrl's and those of the addresses it listens on (--urls), plus localhost for a loopback or wildcard
/// bind; any other Host header gets 400, so a forged one never reaches a page. Forwarded headers count only from
/// Qalam:KnownProxies (none by default).
/// </summary>
internal static class SiteHosts
{
    public const string DefaultUrls = "http://127.0.0.1:5000";

    public static void AddQalamSiteHosts(this WebApplicationBuilder builder)
    {
        var config = builder.Configuration;
        var publicUrl = config[$"{QalamOptions.Section}:PublicUrl"];
        var urls = config["urls"] ?? DefaultUrls;
        var hosts = Allowed(publicUrl, urls);
        var explicitHosts = config["AllowedHosts"];
        builder.Services.Configure<HostFilteringOptions>(o =>
        {
            o.AllowedHosts = explicitHosts is { Length: > 0 } ? explicitHosts.Split(';', StringSplitOptions.RemoveEmptyEntries) : hosts;
            o.AllowEmptyHosts = false;
        });
        builder.Services.PostConfigure<QalamOptions>(o => o.ListenUrls ??= urls);
        var proxies = (config[$"{QalamOptions.Section}:KnownProxies"] ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        builder.Services.Configure<ForwardedHeadersOptions>(o =>
        {
            // Empty known lists would mean "believe every peer", so with no proxy configured nothing is read at all.
            o.ForwardedHeaders = proxies.Length == 0 ? ForwardedHeaders.None
                : ForwardedHeaders.XForwardedFor | ForwardedHeaders.XForwardedProto | ForwardedHeaders.XForwardedHost;
            o.KnownProxies.Clear();
            o.KnownIPNetworks.Clear();
#pragma warning disable ASPDEPR005 // The obsolete list still holds the loopback network by default and is still consulted.
            o.KnownNetworks.Clear();
#pragma warning restore ASPDEPR005
            foreach (var entry in proxies)
            {
                if (entry.Contains('/')) o.KnownIPNetworks.Add(System.Net.IPNetwork.Parse(entry));
                else o.KnownProxies.Add(IPAddress.Parse(entry));
            }
            // A forwarded Host passes the same check as the request's own.
            o.AllowedHosts = explicitHosts is { Length: > 0 } && explicitHosts != "*" ? explicitHosts.Split(';', StringSplitOptions.RemoveEmptyEntries) : hosts;
        });
    }

    public static List<string> Allowed(string? publicUrl, string urls)
    {
        var hosts = new List<string>();
        if (Uri.TryCreate(publicUrl, UriKind.Absolute, out var pub)) hosts.Add(pub.Host);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = HostOf(url);
            if (host is "*" or "+" or "0.0.0.0" or "[::]" or "::" || IsLoopback(host)) hosts.AddRange(["localhost", "127.0.0.1", "[::1]"]);
            else hosts.Add(host);
        }
        return [.. hosts.Distinct(StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>The first listening address as a link root: a wildcard bind is reached locally as localhost.</summary>
    public static string FirstAddress(string urls)
    {
        var first = urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault() ?? DefaultUrls;
        var host = HostOf(first);
        return (host is "*" or "+" or "0.0.0.0" or "[::]" ? first.Replace("://" + host, "://localhost", StringComparison.Ordinal) : first).TrimEnd('/');
    }

    // "*" and "+" are not valid in a Uri, so the host is cut out by hand: scheme://host[:port][/path].
    private static string HostOf(string url)
    {
        var rest = url[(url.IndexOf("://", StringComparison.Ordinal) + 3)..];
        var end = rest.StartsWith('[') ? rest.IndexOf(']') + 1 : rest.IndexOfAny([':', '/']);
        return end <= 0 ? rest : rest[..end];
    }

    private static bool IsLoopback(string host) => host.Equals("localhost", StringComparison.OrdinalIgnoreCase)
        || (IPAddress.TryParse(host.Trim('[', ']'), out var ip) && IPAddress.IsLoopback(ip));
}
