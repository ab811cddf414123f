using System.Net;
using System.Net.Sockets;

namespace Briefing.Links;

/// <summary>Public addresses only: a link in a pull request must not make CI ask itself, its network or a cloud metadata service.</summary>
internal static class LinkAddresses
{
    private static readonly (IPNetwork Network, string Kind)[] Refused =
    [
        .. Networks("an unspecified address", "0.0.0.0/8", "::/128"),
        .. Networks("a private address", "10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "64:ff9b:1::/48"),
        .. Networks("a shared (carrier-grade NAT) address", "100.64.0.0/10"),
        .. Networks("a loopback address", "127.0.0.0/8", "::1/128"),
        .. Networks("a link-local address (such as a cloud's metadata service)", "169.254.0.0/16"),
        .. Networks("a reserved address", "192.0.0.0/24", "198.18.0.0/15", "240.0.0.0/4"),
        .. Networks("a multicast address", "224.0.0.0/4", "ff00::/8"),
        .. Networks("a unique-local (private) address", "fc00::/7"),
        .. Networks("a link-local address", "fe80::/10"),
        .. Networks("a site-local (private) address", "fec0::/10"),
    ];

    private static IEnumerable<(IPNetwork, string)> Networks(string kind, params string[] networks) =>
        networks.Select(network => (IPNetwork.Parse(network), kind));

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
