using System.Globalization;

namespace NewsPortal.Scraping;

/// <summary>
/// A parsed robots.txt as it applies to one crawler: the most specific User-agent group naming our
/// product token (else "*"), Allow/Disallow by longest match with * and $ (a tie goes to Allow),
/// Crawl-delay, and the Sitemap lines, which apply to every crawler.
/// </summary>
public sealed class RobotsPolicy
{
    private readonly List<(string Pattern, bool Allow)> rules;

    private RobotsPolicy(List<(string, bool)> rules, TimeSpan? crawlDelay, IReadOnlyList<Uri> sitemaps)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
        Sitemaps = sitemaps;
    }

    public static RobotsPolicy AllowAll { get; } = new([], null, []);

    /// <summary>Used while a site's robots.txt cannot be read (5xx, network): crawl nothing for now.</summary>
    public static RobotsPolicy Unavailable(string reason) => new([("/", false)], null, []) { UnavailableReason = reason };

    /// <summary>Why robots.txt could not be read, when this policy stands in for it.</summary>
    public string? UnavailableReason { get; private init; }

    public TimeSpan? CrawlDelay { get; }

    public IReadOnlyList<Uri> Sitemaps { get; }

    public static RobotsPolicy Parse(string text, string userAgent, Uri? baseUrl = null)
    {
        var token = ProductToken(userAgent);
        var groups = new List<Group>();
        var sitemaps = new List<Uri>();
        Group? current = null;
        var lastWasAgent = false;

        foreach (var raw in text.Split('\n'))
        {
            var line = raw.Split('#', 2)[0].Trim();
            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon <= 0)
            {
                continue;
            }
            var key = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            switch (key)
            {
                case "user-agent":
                    if (!lastWasAgent || current is null)
                    {
                        current = new Group();
                        groups.Add(current);
                    }
                    current.Agents.Add(value.ToLowerInvariant());
                    lastWasAgent = true;
                    continue;
                case "allow" or "disallow" when current is not null:
                    if (value.Length > 0)
                    {
                        current.Rules.Add((value, key == "allow"));
                    }
                    break;
                case "crawl-delay" when current is not null:
                    if (double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0)
                    {
                        current.CrawlDelay = TimeSpan.FromSeconds(Math.Min(seconds, 86_400));
                    }
                    break;
                case "sitemap":
                    if ((baseUrl is null ? Uri.TryCreate(value, UriKind.Absolute, out var s) : Uri.TryCreate(baseUrl, value, out s))
                        && s.Scheme is "http" or "https")
                    {
                        sitemaps.Add(s);
                    }
                    break;
            }
            lastWasAgent = false;
        }

        // The longest agent name that our token contains wins; several groups for it are merged.
        var named = groups
            .SelectMany(g => g.Agents.Where(a => a != "*" && token.Contains(a, StringComparison.Ordinal)).Select(a => (a, g)))
            .ToList();
        List<Group> chosen;
        if (named.Count > 0)
        {
            var best = named.Max(n => n.a.Length);
            chosen = [.. named.Where(n => n.a.Length == best).Select(n => n.g).Distinct()];
        }
        else
        {
            chosen = [.. groups.Where(g => g.Agents.Contains("*"))];
        }
        return new RobotsPolicy(
            [.. chosen.SelectMany(g => g.Rules)],
            chosen.Select(g => g.CrawlDelay).FirstOrDefault(d => d is not null),
            sitemaps);
    }

    /// <summary>Whether the crawler may fetch <paramref name="url"/> (path and query are matched).</summary>
    public bool IsAllowed(Uri url)
    {
        var path = url.PathAndQuery;
        if (path.Equals("/robots.txt", StringComparison.OrdinalIgnoreCase))
        {
            return true;
        }
        var bestLength = -1;
        var allowed = true;
        foreach (var (pattern, allow) in rules)
        {
            if (!Matches(pattern, path))
            {
                continue;
            }
            if (pattern.Length > bestLength)
            {
                bestLength = pattern.Length;
                allowed = allow;
            }
            else if (pattern.Length == bestLength && allow)
            {
                allowed = true;
            }
        }
        return allowed;
    }

    /// <summary>"NewsPortalBot/1.0 (+…)" → "newsportalbot".</summary>
    public static string ProductToken(string userAgent) =>
        userAgent.Split('/', ' ', ';', '(')[0].Trim().ToLowerInvariant();

    /// <summary>Robots patterns: prefix match, '*' any run of characters, a final '$' anchors the end.</summary>
    private static bool Matches(string pattern, string path)
    {
        var anchored = pattern.EndsWith('$');
        var p = anchored ? pattern[..^1] : pattern;
        // reach[j]: the pattern read so far can end at path position j (linear in both lengths).
        var reach = new bool[path.Length + 1];
        reach[0] = true;
        foreach (var c in p)
        {
            if (c == '*')
            {
                for (var j = 1; j <= path.Length; j++)
                {
                    reach[j] |= reach[j - 1];
                }
                continue;
            }
            for (var j = path.Length; j >= 1; j--)
            {
                reach[j] = reach[j - 1] && path[j - 1] == c;
            }
            reach[0] = false;
        }
        return anchored ? reach[path.Length] : reach.Any(r => r);
    }

    private sealed class Group
    {
        public List<string> Agents { get; } = [];
        public List<(string, bool)> Rules { get; } = [];
        public TimeSpan? CrawlDelay { get; set; }
    }
}
