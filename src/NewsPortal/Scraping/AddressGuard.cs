using System.Net;
using System.Net.Sockets;

namespace NewsPortal.Scraping;

/// <summary>
/// SSRF guard: the scraper fetches addresses that admins and feeds give it, so it must not be
/// turned against the machine it runs on or its network. Private, loopback, link-local (cloud
/// metadata), shared, multicast and reserved addresses are refused — checked again at connect time,
/// for every redirect and after DNS resolution, so a name that resolves (or re-resolves) to such an
/// address is refused too. Loopback can be allowed by configuration for tests and local development.
/// </summary>
public static class AddressGuard
{
    public static bool IsAllowed(IPAddress address, bool allowLoopback)
    {
        ArgumentNullException.ThrowIfNull(address);
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (IPAddress.IsLoopback(address))
        {
            return allowLoopback;
        }
        if (address.AddressFamily == AddressFamily.InterNetwork)
        {
            var b = address.GetAddressBytes();
            return !(b[0] is 0 or 10 or 127 or >= 224                // this network, private, loopback, multicast and reserved
                || (b[0] == 100 && b[1] is >= 64 and < 128)         // shared address space (carrier NAT)
                || (b[0] == 169 && b[1] == 254)                     // link-local, cloud metadata
                || (b[0] == 172 && b[1] is >= 16 and < 32)          // private
                || (b[0] == 192 && b[1] == 168)                     // private
                || (b[0] == 192 && b[1] == 0 && b[2] is 0 or 2)     // protocol assignments, documentation
                || (b[0] == 198 && b[1] is 18 or 19));              // benchmarking
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var b = address.GetAddressBytes();
            if (address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC   // unique local fc00::/7
                || (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0x0D && b[3] == 0xB8) // documentation 2001:db8::/32
                || (StartsWith(b, 0x00, 0x64, 0xFF, 0x9B) && !IsNat64WellKnown(b))) // NAT64 other than 64:ff9b::/96 (local-use 64:ff9b:1::/48)
            {
                return false;
            }
            // An IPv4 address carried inside IPv6 reaches that IPv4 host: it is judged as itself.
            return EmbeddedIPv4(b).All(v4 => IsAllowed(v4, allowLoopback));
        }
        return false;
    }

    /// <summary>
    /// The IPv4 addresses an IPv6 address leads to: IPv4-compatible ::a.b.c.d, SIIT ::ffff:0:a.b.c.d,
    /// NAT64 64:ff9b::/96, 6to4 2002::/16 and Teredo 2001::/32 (its server and its obfuscated client).
    /// </summary>
    private static IEnumerable<IPAddress> EmbeddedIPv4(byte[] b)
    {
        var zeros = b.Take(10).All(x => x == 0);
        if ((zeros && b[10] == 0 && b[11] == 0)
            || (zeros && b[10] == 0xFF && b[11] == 0xFF)
            || (b.Take(8).All(x => x == 0) && b[8] == 0xFF && b[9] == 0xFF && b[10] == 0 && b[11] == 0)
            || IsNat64WellKnown(b))
        {
            yield return new IPAddress(b[12..16]);
        }
        if (b[0] == 0x20 && b[1] == 0x02)
        {
            yield return new IPAddress(b[2..6]);
        }
        if (b[0] == 0x20 && b[1] == 0x01 && b[2] == 0 && b[3] == 0)
        {
            yield return new IPAddress(b[4..8]);
            yield return new IPAddress(b[12..16].Select(x => (byte)~x).ToArray());
        }
    }

    private static bool IsNat64WellKnown(byte[] b) => StartsWith(b, 0x00, 0x64, 0xFF, 0x9B) && b.Skip(4).Take(8).All(x => x == 0);

    private static bool StartsWith(byte[] bytes, params byte[] prefix) => bytes.AsSpan().StartsWith(prefix);

    /// <summary>The host's addresses that may be fetched; a reason when there are none.</summary>
    public static async Task<(IPAddress[] Allowed, string? Refusal)> ResolveAsync(string host, bool allowLoopback, CancellationToken cancellationToken)
    {
        var addresses = IPAddress.TryParse(host.Trim('[', ']'), out var literal)
            ? [literal]
            : await Dns.GetHostAddressesAsync(host, cancellationToken).ConfigureAwait(false);
        var allowed = addresses.Where(a => IsAllowed(a, allowLoopback)).ToArray();
        return allowed.Length > 0 || addresses.Length == 0
            ? (allowed, addresses.Length == 0 ? $"{host} has no address" : null)
            : (allowed, $"{host} is a private, loopback or link-local address ({addresses[0]}); the scraper only fetches public addresses");
    }
}

/// <summary>Thrown at connect time for a refused address; the fetcher reports it as <see cref="FetchStatus.ForbiddenAddress"/>.</summary>
public sealed class ForbiddenAddressException(string message) : HttpRequestException(message);
