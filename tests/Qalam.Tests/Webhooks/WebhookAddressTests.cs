using System.Net;
using Qalam.Webhooks;

namespace Qalam.Tests.Webhooks;

public sealed class WebhookAddressTests
{
    [Theory]
    [InlineData("127.0.0.1", true)]        // loopback
    [InlineData("127.10.0.1", true)]       // all of 127/8 is loopback
    [InlineData("10.1.2.3", true)]         // private
    [InlineData("172.16.0.1", true)]       // private
    [InlineData("172.31.255.255", true)]   // private, last of the block
    [InlineData("172.32.0.1", false)]      // just past it: public
    [InlineData("192.168.1.1", true)]      // private
    [InlineData("169.254.169.254", true)]  // link-local: cloud metadata
    [InlineData("100.64.0.1", true)]       // carrier-grade NAT
    [InlineData("0.0.0.0", true)]          // "this host"
    [InlineData("224.0.0.1", true)]        // multicast
    [InlineData("255.255.255.255", true)]  // broadcast
    [InlineData("::1", true)]              // IPv6 loopback
    [InlineData("fe80::1", true)]          // IPv6 link-local
    [InlineData("fd00::1", true)]          // IPv6 unique local
    [InlineData("::ffff:127.0.0.1", true)] // IPv4-mapped loopback
    [InlineData("::ffff:10.0.0.1", true)]  // IPv4-mapped private
    [InlineData("2002:7f00:1::", true)]    // 6to4 wrapping 127.0.0.1
    [InlineData("93.184.216.34", false)]   // a public IPv4 address
    [InlineData("2606:2800:220:1::", false)] // a public IPv6 address
    public void Internal_addresses_are_told_from_public_ones(string address, bool isInternal) =>
        Assert.Equal(isInternal, WebhookAddress.IsInternal(IPAddress.Parse(address)));

    [Theory]
    [InlineData("https://hooks.example.org/qalam", false, null)]
    [InlineData("http://hooks.example.org:8080/x", false, null)]
    [InlineData("ftp://example.org/x", false, "scheme")]
    [InlineData("https://user:pass@example.org/x", false, "scheme")]
    [InlineData("/relative", false, "scheme")]
    [InlineData("http://127.0.0.1:9000/x", false, "internal")]
    [InlineData("http://[::1]/x", false, "internal")]
    [InlineData("http://localhost/x", false, "internal")]
    [InlineData("http://127.0.0.1:9000/x", true, null)]
    public void Registering_checks_the_scheme_and_a_literal_address(string url, bool allowPrivate, string? problem) =>
        Assert.Equal(problem, WebhookAddress.Problem(url, allowPrivate));
}
