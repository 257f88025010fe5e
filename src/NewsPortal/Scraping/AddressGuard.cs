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
            return !(address.Equals(IPAddress.IPv6None) || address.IsIPv6LinkLocal || address.IsIPv6SiteLocal
                || address.IsIPv6Multicast || (b[0] & 0xFE) == 0xFC); // unique local fc00::/7
        }
        return false;
    }

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
