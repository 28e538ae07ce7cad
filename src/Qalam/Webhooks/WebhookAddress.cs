using System.Net;
using System.Net.Sockets;

namespace Qalam.Webhooks;

/// <summary>
/// Where a webhook may point: http or https, and never an address inside the network Qalam runs in (loopback, private,
/// link-local, carrier-grade NAT, multicast, reserved), so a webhook cannot be used to reach internal services. The
/// address is checked when registered and again at every connection, on the IP the name resolved to then, so a name
/// that later resolves elsewhere (DNS rebinding) is refused too. Qalam:Webhooks:AllowPrivate lifts the rule.
/// </summary>
public static class WebhookAddress
{
    /// <summary>Null when the URL may be registered, else why not ("scheme" or "internal").</summary>
    public static string? Problem(string url, bool allowPrivate)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || !string.IsNullOrEmpty(uri.UserInfo)) return "scheme";
        if (allowPrivate) return null;
        if (IPAddress.TryParse(uri.IdnHost, out var ip) && IsInternal(ip)) return "internal";
        return uri.IdnHost.Equals("localhost", StringComparison.OrdinalIgnoreCase) || uri.IdnHost.EndsWith(".localhost", StringComparison.OrdinalIgnoreCase) ? "internal" : null;
    }

    public static bool IsInternal(IPAddress ip)
    {
        if (ip.IsIPv4MappedToIPv6) ip = ip.MapToIPv4();
        if (IPAddress.IsLoopback(ip) || ip.Equals(IPAddress.Any) || ip.Equals(IPAddress.IPv6Any) || ip.Equals(IPAddress.Broadcast)) return true;
        if (ip.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b6 = ip.GetAddressBytes();
            return ip.IsIPv6LinkLocal || ip.IsIPv6SiteLocal || ip.IsIPv6Multicast || (b6[0] & 0xFE) == 0xFC // fc00::/7 unique local
                || ip.IsIPv6Teredo || b6[0] == 0x20 && b6[1] == 0x02 // 6to4 can wrap any IPv4 address
                || b6[0] == 0 && b6[1] == 0x64 && b6[2] == 0xFF && b6[3] == 0x9B; // 64:ff9b::/96 NAT64
        }
        var b = ip.GetAddressBytes();
        return b[0] switch
        {
            0 or 10 or 127 => true,
            100 => b[1] >= 64 && b[1] < 128,          // 100.64.0.0/10 carrier-grade NAT
            169 => b[1] == 254,                        // link-local, cloud metadata services
            172 => b[1] >= 16 && b[1] < 32,
            192 => b[1] == 168 || b[1] == 0 && (b[2] == 0 || b[2] == 2) || b[1] == 88 && b[2] == 99,
            198 => b[1] is 18 or 19 || b[1] == 51 && b[2] == 100,
            203 => b[1] == 0 && b[2] == 113,
            >= 224 => true,                            // multicast and reserved
            _ => false,
        };
    }

    /// <summary>
    /// Connects to the first address the host resolves to that is allowed; refuses when none is. Used as the
    /// webhook client's ConnectCallback, so the check is on the address actually connected to.
    /// </summary>
    public static async ValueTask<Stream> ConnectAsync(DnsEndPoint endpoint, bool allowPrivate, CancellationToken ct)
    {
        var addresses = IPAddress.TryParse(endpoint.Host, out var literal) ? [literal] : await Dns.GetHostAddressesAsync(endpoint.Host, ct);
        var allowed = addresses.Where(a => allowPrivate || !IsInternal(a)).ToList();
        if (allowed.Count == 0) throw new WebhookRefusedException($"{endpoint.Host} resolves only to internal addresses");
        var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
        try
        {
            await socket.ConnectAsync(allowed.ToArray(), endpoint.Port, ct);
            return new NetworkStream(socket, ownsSocket: true);
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}

public sealed class WebhookRefusedException(string message) : Exception(message);
