using System.Text;

namespace NewsPortal.Articles;

/// <summary>
/// One spelling per article URL, so the same story reached through a share link, the AMP page or
/// the mobile host is stored once: tracking parameters, fragments, default ports and AMP markers
/// go, "m." and "amp." hosts fold to the main host, and the remaining query is sorted.
/// </summary>
public static class UrlCanonicalizer
{
    private static readonly HashSet<string> TrackingParameters = new(StringComparer.OrdinalIgnoreCase)
    {
        "fbclid", "gclid", "gclsrc", "dclid", "gbraid", "wbraid", "msclkid", "yclid", "twclid", "ttclid", "igshid",
        "mc_cid", "mc_eid", "_ga", "_gl", "_hsenc", "_hsmi", "mkt_tok", "oly_anon_id", "oly_enc_id", "vero_id",
        "ocid", "ncid", "cmpid", "smid", "sr_share", "at_medium", "at_campaign", "at_custom1", "ito", "s_cid",
        "__twitter_impression", "ref_src", "ref_url", "xtor", "ns_mchannel", "ns_campaign", "ns_source",
    };

    /// <summary>Canonical form of an absolute http(s) URL; other URLs come back unchanged.</summary>
    public static Uri Canonicalize(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        if (!url.IsAbsoluteUri || url.Scheme is not ("http" or "https"))
        {
            return url;
        }
        var builder = new UriBuilder(url)
        {
            Fragment = "",
            Host = CanonicalHost(url.IdnHost.ToLowerInvariant()),
            Path = CanonicalPath(url.AbsolutePath),
            Query = CanonicalQuery(url.Query),
        };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }
        return builder.Uri;
    }

    public static bool TryCanonicalize(string? url, out Uri canonical)
    {
        canonical = null!;
        if (!Uri.TryCreate(url?.Trim(), UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
        {
            return false;
        }
        canonical = Canonicalize(parsed);
        return true;
    }

    private static string CanonicalHost(string host)
    {
        foreach (var prefix in (ReadOnlySpan<string>)["m.", "amp.", "mobile."])
        {
            // Keep at least a registrable name: "m.example.com" → "example.com", but not "m.com" → "com".
            if (host.StartsWith(prefix, StringComparison.Ordinal) && host[prefix.Length..].Contains('.', StringComparison.Ordinal))
            {
                return host[prefix.Length..];
            }
        }
        return host;
    }

    private static string CanonicalPath(string path)
    {
        if (path.EndsWith("/amp/", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }
        else if (path.EndsWith("/amp", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^3];
        }
        else if (path.EndsWith(".amp", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^4];
        }
        else if (path.EndsWith(".amp.html", StringComparison.OrdinalIgnoreCase))
        {
            path = path[..^9] + ".html";
        }
        return path.Length == 0 ? "/" : path;
    }

    private static string CanonicalQuery(string query)
    {
        if (query.Length <= 1)
        {
            return "";
        }
        var kept = query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Select(pair => (Pair: pair, Key: Uri.UnescapeDataString(pair.Split('=', 2)[0].Replace('+', ' '))))
            .Where(p => !IsNoise(p.Key, p.Pair))
            .OrderBy(p => p.Key, StringComparer.Ordinal)
            .ThenBy(p => p.Pair, StringComparer.Ordinal)
            .Select(p => p.Pair)
            .ToList();
        return kept.Count == 0 ? "" : new StringBuilder().AppendJoin('&', kept).ToString();
    }

    private static bool IsNoise(string key, string pair)
    {
        if (key.StartsWith("utm_", StringComparison.OrdinalIgnoreCase) || TrackingParameters.Contains(key))
        {
            return true;
        }
        var value = pair.Contains('=', StringComparison.Ordinal) ? pair.Split('=', 2)[1] : "";
        return key.Equals("amp", StringComparison.OrdinalIgnoreCase) && value is "" or "1" or "true"
            || key.Equals("outputType", StringComparison.OrdinalIgnoreCase) && value.Equals("amp", StringComparison.OrdinalIgnoreCase)
            || key.Equals("output", StringComparison.OrdinalIgnoreCase) && value.Equals("amp", StringComparison.OrdinalIgnoreCase);
    }
}
