using System.Globalization;
using System.Text.RegularExpressions;
using NewsPortal.Model;

namespace NewsPortal.Extraction;

/// <summary>
/// Reads an article page saved as plain text: a header (publisher and scrape time, navigation,
/// title, publish-date line, byline, source URL, photo captions) then the body and trailing
/// furniture. Only shapes common to saved news pages are recognised.
/// </summary>
public sealed partial class SeedTextParser(Boilerplate boilerplate)
{
    private const int HeaderScanLines = 25;
    private const int MaxTitleLength = 250;

    public SeedTextParser() : this(Boilerplate.Default)
    {
    }

    public ParsedArticle Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var lines = text.Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        var warnings = new List<string>();
        string? title = null, publisher = null, author = null, url = null;
        var dates = new List<PublishDateFinder.Candidate>();
        DateTimeOffset? fetchedAt = null;
        var body = new List<string>();
        var headerDone = false;

        for (var i = 0; i < lines.Length; i++)
        {
            var line = lines[i].Trim();
            if (line.Length == 0)
            {
                continue;
            }

            // Metadata lines are recognised in the header and just after the title.
            if (i < HeaderScanLines || !headerDone)
            {
                if (TryPublisherStamp(lines, i, out var stampPublisher, out var stamp, out var next))
                {
                    publisher ??= stampPublisher;
                    fetchedAt = stamp;
                    i = next;
                    continue;
                }
                if (DateLines.Read(line, out var wholeLine) is { Count: > 0 } lineDates)
                {
                    var named = SourceBeforeDate().Match(line);
                    // A bare date above the headline is the site's masthead (the day it was saved), not the article's.
                    var masthead = title is null && !named.Success;
                    var embed = DateLines.IsEmbedSignature(line);
                    dates.AddRange(lineDates.Select(d => new PublishDateFinder.Candidate(
                        embed ? PublishDateFinder.Rank.Embed
                            : d.Updated ? PublishDateFinder.Rank.Updated : d.Labelled ? PublishDateFinder.Rank.Labelled
                            : masthead ? PublishDateFinder.Rank.Masthead : PublishDateFinder.Rank.Line,
                        d.Date, PublishDateSource.TextLine, line)));
                    if (publisher is null && named.Success)
                    {
                        publisher = named.Groups["name"].Value.Trim();
                    }
                    if (wholeLine)
                    {
                        continue;
                    }
                }
                else if (DateLines.IsLabelled(line))
                {
                    // "نشرت في آخر تحديث" with no date at all is header furniture, not a failed parse.
                    if (line.Any(char.IsDigit))
                    {
                        warnings.Add($"Publish-date line not understood: \"{line}\"");
                    }
                    continue;
                }
                if (TryByline(line, out var byline))
                {
                    author ??= byline;
                    continue;
                }
                if (UrlLine().IsMatch(line))
                {
                    url ??= line;
                    // A short name right above the source URL is the publisher.
                    if (publisher is null && body.Count > 0 && IsShortName(body[^1]))
                    {
                        publisher = body[^1];
                        body.RemoveAt(body.Count - 1);
                    }
                    continue;
                }
            }

            if (title is null && !headerDone)
            {
                if (LooksLikeTitle(line))
                {
                    title = line;
                    continue;
                }
                if (!LooksLikeParagraph(line))
                {
                    continue;
                }
                // A paragraph before any title: the page has no title line.
            }

            if (!headerDone && LooksLikeParagraph(line))
            {
                headerDone = true;
            }
            if (publisher is null && SourceLine().Match(line) is { Success: true } source)
            {
                publisher = source.Groups["name"].Value.Trim();
            }
            body.Add(lines[i].TrimEnd());
        }

        var cleaned = boilerplate.Clean(body);
        if (title is null)
        {
            warnings.Add("No title found.");
        }
        var published = PublishDateFinder.FromText(dates, cleaned, url, fetchedAt, string.Join('\n', lines), warnings);

        return new ParsedArticle
        {
            Title = title ?? "",
            Body = string.Join("\n\n", cleaned),
            Published = published?.Day,
            PublishedFrom = published?.Source ?? PublishDateSource.Unknown,
            Author = author,
            Publisher = publisher ?? HostOf(url),
            Url = url,
            FetchedAt = fetchedAt,
            Language = LanguageDetector.Detect(string.Join(' ', cleaned)),
            Warnings = warnings,
        };
    }

    /// <summary>"صدى البلد:" followed by a scrape time such as "2025-01-18@03:58:57 GMT".</summary>
    private static bool TryPublisherStamp(string[] lines, int i, out string? publisher, out DateTimeOffset stamp, out int next)
    {
        publisher = null;
        stamp = default;
        next = i;
        var line = lines[i].Trim();
        if (!line.EndsWith(':') || line.Length > 60)
        {
            return false;
        }
        var j = i + 1;
        while (j < lines.Length && lines[j].Trim().Length == 0)
        {
            j++;
        }
        if (j >= lines.Length || ScrapeStamp().Match(lines[j].Trim()) is not { Success: true } m)
        {
            return false;
        }
        var value = $"{m.Groups["date"].Value}T{m.Groups["time"].Value}";
        if (!DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out stamp))
        {
            return false;
        }
        publisher = line.TrimEnd(':').Trim();
        next = j;
        return true;
    }

    private static bool TryByline(string line, out string author)
    {
        var m = Byline().Match(line);
        author = m.Success ? m.Groups["name"].Value.Trim() : "";
        return m.Success && author.Length > 0 && author.Length <= 80;
    }

    /// <summary>Headlines have a few words and, in Arabic news, no closing full stop.</summary>
    private bool LooksLikeTitle(string line)
    {
        var words = line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length;
        return words is >= 3 and <= 30 && line.Length <= MaxTitleLength && !line.EndsWith('.')
            && !Boilerplate.IsListItem(line) && !boilerplate.IsFurniture(line) && !boilerplate.EndsArticle(line);
    }

    private static bool LooksLikeParagraph(string line) =>
        line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length >= 8;

    private static bool IsShortName(string line) =>
        line.Trim().Length is > 0 and <= 40 && line.Split(' ', StringSplitOptions.RemoveEmptyEntries).Length <= 4;

    private static string? HostOf(string? url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) ? uri.Host.Replace("www.", "", StringComparison.OrdinalIgnoreCase) : null;

    [GeneratedRegex(@"^(?<date>\d{4}-\d{2}-\d{2})[@T ](?<time>\d{2}:\d{2}(:\d{2})?)\s*(GMT|UTC|Z)?$")]
    private static partial Regex ScrapeStamp();

    [GeneratedRegex(@"^(بقلم|كتب|كتبت|كتبه|بواسطة|By)\s*[:：]\s*(?<name>.+)$", RegexOptions.IgnoreCase)]
    private static partial Regex Byline();

    [GeneratedRegex(@"^https?://\S+$")]
    private static partial Regex UrlLine();

    [GeneratedRegex(@"^(المصدر|Source)\s*[:：]\s*(?<name>.{1,60})$", RegexOptions.IgnoreCase)]
    private static partial Regex SourceLine();

    /// <summary>An aggregator's header line "المصدر: NAME | الاثنين 13 كانون الثاني 2025".</summary>
    [GeneratedRegex(@"^(المصدر|Source)\s*[:：]\s*(?<name>[^|\-–]{1,60}?)\s*[|\-–]", RegexOptions.IgnoreCase)]
    private static partial Regex SourceBeforeDate();
}
