using System.Net;

namespace Qalam.Observability;

/// <summary>The Prometheus endpoint (Qalam:Metrics). Off by default: request counts and timings are the operator's, not the public's.</summary>
public sealed class MetricsOptions
{
    public const string Section = "Qalam:Metrics";

    /// <summary>Serve /metrics at all.</summary>
    public bool Enabled { get; set; }

    /// <summary>
    /// Addresses or CIDR networks allowed to read /metrics, comma-separated; the machine itself by default. Anyone
    /// else gets the ordinary 404, so the endpoint is not even seen to exist. Behind a proxy, the address is the
    /// client's as the known proxies report it.
    /// </summary>
    public string AllowedAddresses { get; set; } = "127.0.0.1, ::1";

    public IReadOnlyList<IPNetwork> Networks() => AllowedAddresses
        .Split([',', ' '], StringSplitOptions.RemoveEmptyEntries)
        .Select(a => a.Contains('/') ? IPNetwork.Parse(a) : new IPNetwork(IPAddress.Parse(a), IPAddress.Parse(a).GetAddressBytes().Length * 8))
        .ToList();

    public bool Allows(IPAddress? address, IReadOnlyList<IPNetwork> networks)
    {
        if (address is null) return false;
        if (address.IsIPv4MappedToIPv6) address = address.MapToIPv4();
        return networks.Any(n => n.Contains(address));
    }
}
