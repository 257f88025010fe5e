using System.Globalization;
using System.Text;
using NewsPortal.Extraction.Html;
using NewsPortal.Scraping;

namespace NewsPortal.Extraction;

/// <summary>One page read into an article, or the reason it could not be, in words an operator understands.</summary>
public sealed record PageRead(ParsedArticle? Article, string? Refusal)
{
    public static PageRead Refused(string reason) => new(null, reason);
}

/// <summary>
/// Turns a page as received or saved — an HTML page or a page saved as text — into an article.
/// Fetching, file import and re-extraction from the kept raw page all read through here, so a rule
/// change applies to all three alike.
/// </summary>
public sealed class PageReader(SeedTextParser seedText, HtmlArticleExtractor html)
{
    /// <summary>A saved page larger than this is refused before it is read (fetching has its own limit, also 10 MB by default).</summary>
    public const long MaxFileBytes = 10 * 1024 * 1024;

    /// <summary>Article text longer than this (a long report is 50,000) is a dump, not an article: refused, not stored.</summary>
    public const int MaxBodyCharacters = 500_000;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    public PageRead Read(byte[] bytes, string? contentType, Uri? url, DateTimeOffset? fetchedAt = null)
    {
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length == 0 || bytes.All(b => b is (byte)' ' or (byte)'\n' or (byte)'\r' or (byte)'\t'))
        {
            return PageRead.Refused("the page is empty");
        }
        if (BinaryKind(bytes, contentType) is { } kind)
        {
            return PageRead.Refused($"the page is binary ({kind}), not text");
        }
        var read = IsHtml(bytes, contentType) ? ReadHtml(bytes, contentType, url, fetchedAt) : ReadText(bytes, url);
        if (read.Article is { Body.Length: > MaxBodyCharacters } tooLong)
        {
            return PageRead.Refused(string.Create(CultureInfo.InvariantCulture,
                $"the article text is {tooLong.Body.Length:N0} characters; more than {MaxBodyCharacters:N0} is not an article"));
        }
        return read.Article is { } a
            ? read with
            {
                Article = a with
                {
                    Title = InvisibleCharacters.Remove(a.Title),
                    Body = InvisibleCharacters.Remove(a.Body),
                    Author = InvisibleCharacters.RemoveOrNull(a.Author),
                    Publisher = InvisibleCharacters.RemoveOrNull(a.Publisher),
                },
            }
            : read;
    }

    private PageRead ReadHtml(byte[] bytes, string? contentType, Uri? url, DateTimeOffset? fetchedAt)
    {
        var (text, encoding) = CharsetDetector.Decode(bytes, contentType);
        if (text.Count(Undecodable) > text.Length / 200 + 2)
        {
            return PageRead.Refused(encoding.CodePage == 65001
                ? "the page's text could not be decoded: it is not UTF-8, and no Arabic code page (windows-1256, ISO-8859-6) reads it as Arabic"
                : $"the page's text could not be decoded: read as {encoding.WebName}, it is full of undecodable bytes");
        }
        var page = html.Extract(text, url);
        if (!page.HasBody)
        {
            return PageRead.Refused("no article text found in the page (a section front, a video page or a paywall?)");
        }
        // A saved file's own path is no identity; the page's declared address is.
        var address = url is { Scheme: "http" or "https" } ? url : page.CanonicalUrl;
        return new PageRead(new ParsedArticle
        {
            Title = string.IsNullOrWhiteSpace(page.Title) ? FirstWords(page.Body) : page.Title.Trim(),
            Body = page.Body,
            Published = page.Published is { } p ? DateOnly.FromDateTime(p.DateTime) : null,
            // A time of day only when the page gave one: a bare date is not midnight UTC.
            PublishedAt = page.Published is { } at && at.TimeOfDay != TimeSpan.Zero ? at : null,
            PublishedFrom = page.PublishedFrom,
            Author = page.Author,
            Publisher = page.Publisher ?? address?.Host,
            Url = address?.AbsoluteUri,
            FetchedAt = fetchedAt,
            Language = page.Language ?? LanguageDetector.Detect(page.Body),
        }, null);
    }

    private PageRead ReadText(byte[] bytes, Uri? url)
    {
        string text;
        try
        {
            text = StrictUtf8.GetString(bytes).TrimStart('\uFEFF');
        }
        catch (DecoderFallbackException)
        {
            return PageRead.Refused("the file is not UTF-8 text (re-save it as UTF-8)");
        }
        var controls = text.Count(c => char.IsControl(c) && c is not '\n' and not '\r' and not '\t');
        if (controls > text.Length / 100 + 2)
        {
            return PageRead.Refused("the file is binary, not text");
        }
        var parsed = seedText.Parse(text);
        if (parsed.Body.Length == 0)
        {
            return PageRead.Refused("no article text found");
        }
        if (parsed.Url is null && url is not null && url.Scheme != Uri.UriSchemeFile)
        {
            parsed = parsed with { Url = url.AbsoluteUri };
        }
        return new PageRead(parsed, null);
    }

    /// <summary>
    /// Images, PDFs and archives by their first bytes, whatever the content type or file name says;
    /// else any NUL byte (text has none, unless it is UTF-16), so a PNG served as text/html is no article.
    /// </summary>
    private static string? BinaryKind(byte[] bytes, string? contentType)
    {
        ReadOnlySpan<byte> head = bytes.AsSpan(0, Math.Min(bytes.Length, 8192));
        if (head.StartsWith((ReadOnlySpan<byte>)[0x89, (byte)'P', (byte)'N', (byte)'G']))
        {
            return "a PNG image";
        }
        if (head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xD8, 0xFF]))
        {
            return "a JPEG image";
        }
        if (head.StartsWith("GIF8"u8) || (head.StartsWith("RIFF"u8) && head.Length >= 12 && head[8..12].SequenceEqual("WEBP"u8)))
        {
            return "an image";
        }
        if (head.StartsWith("%PDF"u8))
        {
            return "a PDF document";
        }
        if (head.StartsWith("PK\u0003\u0004"u8) || head.StartsWith((ReadOnlySpan<byte>)[0x1F, 0x8B]))
        {
            return "an archive";
        }
        var utf16 = head.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || head.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])
            || contentType?.Contains("utf-16", StringComparison.OrdinalIgnoreCase) == true;
        return !utf16 && head.Contains((byte)0) ? "binary data" : null;
    }

    /// <summary>What a decoder leaves for bytes it cannot map: the replacement character, private-use and C1 control characters.</summary>
    private static bool Undecodable(char c) => c == '\uFFFD' || c is >= '\u0080' and <= '\u009F' || char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse;

    /// <summary>HTML by its content type, or by its first tag when the type is missing or generic.</summary>
    private static bool IsHtml(byte[] bytes, string? contentType)
    {
        if (contentType is not null)
        {
            if (contentType.Contains("html", StringComparison.OrdinalIgnoreCase))
            {
                return true;
            }
            if (contentType.StartsWith("text/plain", StringComparison.OrdinalIgnoreCase))
            {
                return false;
            }
        }
        var head = Encoding.UTF8.GetString(bytes, 0, Math.Min(bytes.Length, 1024)).TrimStart('\uFEFF', ' ', '\t', '\r', '\n');
        return head.StartsWith("<!doctype html", StringComparison.OrdinalIgnoreCase)
            || head.StartsWith("<html", StringComparison.OrdinalIgnoreCase)
            || (head.StartsWith('<') && head.Contains("<body", StringComparison.OrdinalIgnoreCase));
    }

    private static string FirstWords(string body)
    {
        var words = body.Split((char[]?)null, 13, StringSplitOptions.RemoveEmptyEntries);
        return string.Join(' ', words.Take(12));
    }
}
