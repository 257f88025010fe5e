using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using System.Text.Unicode;

namespace NewsPortal.Scraping;

/// <summary>
/// Picks the text encoding of fetched bytes the way browsers do: byte-order mark, then the HTTP
/// header, then a declaration in the first bytes (meta charset, http-equiv, XML prolog), then a
/// sniff: valid UTF-8 is UTF-8, otherwise the Arabic single-byte code page that reads best.
/// </summary>
public static partial class CharsetDetector
{
    private const int PrescanBytes = 4096;

    static CharsetDetector() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static Encoding Windows1256 { get; } = GetCodePage(1256);

    public static Encoding Iso88596 { get; } = GetCodePage(28596);

    /// <summary>Decodes <paramref name="bytes"/>; <paramref name="contentType"/> is the HTTP header, if any.</summary>
    public static (string Text, Encoding Encoding) Decode(ReadOnlySpan<byte> bytes, string? contentType = null)
    {
        var encoding = Detect(bytes, contentType);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            bytes = bytes[3..];
        }
        else if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]) || bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            bytes = bytes[2..];
        }
        return (encoding.GetString(bytes), encoding);
    }

    public static Encoding Detect(ReadOnlySpan<byte> bytes, string? contentType = null)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return new UTF8Encoding(false);
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return Encoding.Unicode;
        }
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return Encoding.BigEndianUnicode;
        }
        if (FromLabel(CharsetParameter(contentType)) is { } declared)
        {
            return Checked(declared, bytes);
        }
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, PrescanBytes)]);
        foreach (var regex in new[] { MetaCharset(), HttpEquivCharset(), XmlEncoding() })
        {
            var match = regex.Match(head);
            if (match.Success && FromLabel(match.Groups["cs"].Value) is { } inDocument)
            {
                return Checked(inDocument, bytes);
            }
        }
        return Sniff(bytes);
    }

    /// <summary>Maps a charset label (WHATWG spellings included) to an encoding; null if unknown.</summary>
    public static Encoding? FromLabel(string? label)
    {
        if (string.IsNullOrWhiteSpace(label))
        {
            return null;
        }
        var key = label.Trim().Trim('"', '\'').ToLowerInvariant();
        switch (key)
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return new UTF8Encoding(false);
            case "windows-1256" or "cp1256" or "x-cp1256" or "ms-arab":
                return Windows1256;
            case "iso-8859-6" or "iso8859-6" or "iso_8859-6" or "arabic" or "asmo-708" or "ecma-114" or "csisolatinarabic":
                return Iso88596;
            // Browsers read these as windows-1252, a superset.
            case "iso-8859-1" or "latin1" or "us-ascii" or "ascii" or "windows-1252":
                return GetCodePage(1252);
        }
        try
        {
            return Encoding.GetEncoding(key);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    /// <summary>
    /// A declaration is checked against the bytes. A legacy one over valid multi-byte UTF-8 is stale (a
    /// re-saved page, a misconfigured server): Arabic or CJK text in a legacy code page is never valid
    /// UTF-8 by chance. "UTF-8" over bytes that are not UTF-8 is read by the sniff (the Arabic code
    /// pages), and "UTF-16" over bytes without a single zero byte (ASCII markup has them in UTF-16) too.
    /// </summary>
    private static Encoding Checked(Encoding declared, ReadOnlySpan<byte> bytes)
    {
        if (declared.CodePage == 65001)
        {
            return IsValidUtf8(bytes) ? declared : Sniff(bytes);
        }
        if (declared is UnicodeEncoding)
        {
            return bytes[..Math.Min(bytes.Length, PrescanBytes)].Contains((byte)0) ? declared : Sniff(bytes);
        }
        return bytes.ContainsAnyInRange((byte)0x80, (byte)0xFF) && IsValidUtf8(bytes) ? new UTF8Encoding(false) : declared;
    }

    private static Encoding Sniff(ReadOnlySpan<byte> bytes)
    {
        if (IsValidUtf8(bytes))
        {
            return new UTF8Encoding(false);
        }
        var (windows, iso) = (Windows1256.GetString(bytes), Iso88596.GetString(bytes));
        var (best, text) = ArabicScore(windows) >= ArabicScore(iso) ? (Windows1256, windows) : (Iso88596, iso);
        // Neither Arabic code page fits text that is largely non-ASCII and reads as no Arabic (Chinese in
        // GBK, a mislabelled binary): read as UTF-8, its replacement characters get the page refused as
        // undecodable instead of stored as letters at random. A few accents (French in Latin-1) stay readable.
        return HighBytes(bytes) * 10 >= bytes.Length && !ReadsAsArabic(text) ? new UTF8Encoding(false) : best;
    }

    /// <summary>
    /// Arabic prose has the article "ال" every few words; letters drawn at random from a code page
    /// (bytes of another script) almost never pair up that way.
    /// </summary>
    private static bool ReadsAsArabic(string text)
    {
        var letters = 0;
        var articles = 0;
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] is >= '\u0621' and <= '\u064A')
            {
                letters++;
                if (text[i] == '\u0627' && i + 1 < text.Length && text[i + 1] == '\u0644')
                {
                    articles++;
                }
            }
        }
        return letters > 0 && articles * 40 >= letters;
    }

    private static int HighBytes(ReadOnlySpan<byte> bytes)
    {
        var count = 0;
        foreach (var b in bytes)
        {
            if (b >= 0x80)
            {
                count++;
            }
        }
        return count;
    }

    private static bool IsValidUtf8(ReadOnlySpan<byte> bytes)
    {
        // A document cut mid-character (size limit) is still UTF-8: ignore a torn last sequence.
        var trimmed = bytes.Length > 4 ? bytes[..^3] : bytes;
        return Utf8.IsValid(trimmed) || Utf8.IsValid(bytes);
    }

    /// <summary>Arabic letters and the article "ال" count for a reading; stray Latin accents, controls and unmapped bytes (private use) count against it.</summary>
    private static int ArabicScore(string text)
    {
        var score = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c is >= '\u0621' and <= '\u064A')
            {
                score++;
                if (c == '\u0627' && i + 1 < text.Length && text[i + 1] == '\u0644')
                {
                    score += 5;
                }
            }
            else if (c is >= '\u00C0' and <= '\u00FF' or >= '\u0080' and <= '\u009F' or '\uFFFD' || char.GetUnicodeCategory(c) == UnicodeCategory.PrivateUse)
            {
                score -= 3;
            }
        }
        return score;
    }

    private static string? CharsetParameter(string? contentType)
    {
        if (contentType is null)
        {
            return null;
        }
        var match = HeaderCharset().Match(contentType);
        return match.Success ? match.Groups["cs"].Value : null;
    }

    private static Encoding GetCodePage(int codePage)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(codePage);
    }

    [GeneratedRegex("""charset\s*=\s*["']?(?<cs>[\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HeaderCharset();

    [GeneratedRegex("""<meta[^>]+charset\s*=\s*["']?(?<cs>[\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex MetaCharset();

    [GeneratedRegex("""<meta[^>]+content\s*=\s*["'][^"']*charset\s*=\s*(?<cs>[\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex HttpEquivCharset();

    [GeneratedRegex("""<\?xml[^>]+encoding\s*=\s*["'](?<cs>[\w.:-]+)""", RegexOptions.IgnoreCase)]
    private static partial Regex XmlEncoding();
}
