using System.Net;
using System.Net.Sockets;

namespace Briefing.Links;

/// <summary>Public addresses only: a link in a pull request must not make CI ask itself, its network or a cloud metadata service.</summary>
internal static class LinkAddresses
{
    private static readonly (IPNetwork Network, string Kind)[] Refused =
    [
        (IPNetwork.Parse("0.0.0.0/8"), "an unspecified address"),
        (IPNetwork.Parse("10.0.0.0/8"), "a private address"),
        (IPNetwork.Parse("100.64.0.0/10"), "a shared (carrier-grade NAT) address"),
        (IPNetwork.Parse("127.0.0.0/8"), "a loopback address"),
        (IPNetwork.Parse("169.254.0.0/16"), "a link-local address (such as a cloud's metadata service)"),
        (IPNetwork.Parse("172.16.0.0/12"), "a private address"),
        (IPNetwork.Parse("192.0.0.0/24"), "a reserved address"),
        (IPNetwork.Parse("192.168.0.0/16"), "a private address"),
        (IPNetwork.Parse("198.18.0.0/15"), "a reserved address"),
        (IPNetwork.Parse("224.0.0.0/4"), "a multicast address"),
        (IPNetwork.Parse("240.0.0.0/4"), "a reserved address"),
        (IPNetwork.Parse("::/128"), "an unspecified address"),
        (IPNetwork.Parse("::1/128"), "a loopback address"),
        (IPNetwork.Parse("64:ff9b:1::/48"), "a private address"),
        (IPNetwork.Parse("fc00::/7"), "a unique-local (private) address"),
        (IPNetwork.Parse("fe80::/10"), "a link-local address"),
        (IPNetwork.Parse("fec0::/10"), "a site-local (private) address"),
        (IPNetwork.Parse("ff00::/8"), "a multicast address"),
    ];

    /// <summary>Why <paramref name="address"/> is not asked ("a loopback address"), or null when it is public.</summary>
    public static string? WhyRefused(IPAddress address, bool allowLoopback)
    {
        // ::ffff:10.0.0.1 and the like reach the IPv4 address they carry.
        var plain = address.IsIPv4MappedToIPv6 ? address.MapToIPv4() : address;
        if (allowLoopback && IPAddress.IsLoopback(plain))
        {
            return null;
        }

        if (plain.AddressFamily is not (AddressFamily.InterNetwork or AddressFamily.InterNetworkV6))
        {
            return "not an internet address";
        }

        return Refused.FirstOrDefault(r => r.Network.Contains(plain)).Kind;
    }
}

/// <summary>A link whose host is, or resolves to, an address a link check does not ask.</summary>
internal sealed class RefusedAddressException(string message) : Exception(message);
