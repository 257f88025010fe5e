using System.Net;
using System.Net.Sockets;
using Microsoft.Extensions.Caching.Memory;

namespace NewsPortal.Web;

/// <summary>
/// Failed sign-ins counted per client and account: after <see cref="MaxFailures"/> wrong passwords one
/// client may not try that account again for <see cref="Window"/>. The account itself is never locked,
/// so strangers guessing cannot lock its owner out; each client is also rate limited on the login page.
/// </summary>
public sealed class LoginThrottle : IDisposable
{
    public const int MaxFailures = 5;
    public static readonly TimeSpan Window = TimeSpan.FromMinutes(15);

    private readonly MemoryCache failures = new(new MemoryCacheOptions { SizeLimit = 100_000 });

    /// <summary>The client as the rate limits see it: its address, an IPv6 one by its /64 network (one host's usual share).</summary>
    public static string Client(HttpContext context)
    {
        var address = context.Connection.RemoteIpAddress;
        if (address is null)
        {
            return "unknown";
        }
        if (address.IsIPv4MappedToIPv6)
        {
            address = address.MapToIPv4();
        }
        if (address.AddressFamily == AddressFamily.InterNetworkV6)
        {
            var bytes = address.GetAddressBytes();
            Array.Clear(bytes, 8, 8);
            address = new IPAddress(bytes);
        }
        return address.ToString();
    }

    public bool IsBlocked(string client, string account) =>
        failures.TryGetValue(Key(client, account), out Counter? counter) && counter!.Count >= MaxFailures;

    public void Failed(string client, string account)
    {
        var counter = failures.GetOrCreate(Key(client, account), entry =>
        {
            entry.AbsoluteExpirationRelativeToNow = Window;
            entry.Size = 1;
            return new Counter();
        })!;
        Interlocked.Increment(ref counter.Count);
    }

    public void Succeeded(string client, string account) => failures.Remove(Key(client, account));

    public void Dispose() => failures.Dispose();

    private static string Key(string client, string account) => client + "\n" + account.Trim().ToUpperInvariant();

    private sealed class Counter
    {
        public int Count;
    }
}
