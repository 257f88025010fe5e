using System.Net;
using System.Text;
using System.Text.RegularExpressions;

namespace NewsPortal.Scraping;

/// <summary>
/// Repairs the usual breakage of feeds and sitemaps before an XML parser sees them: junk before
/// the first tag, bare ampersands, HTML named entities and control characters XML forbids.
/// </summary>
public static partial class FeedXml
{
    public static string Repair(string xml)
    {
        var start = xml.IndexOf('<', StringComparison.Ordinal);
        var s = start > 0 ? xml[start..] : xml;
        s = Entity().Replace(s, m =>
        {
            var name = m.Groups[1].Value;
            if (name is "amp" or "lt" or "gt" or "quot" or "apos" || name.StartsWith('#'))
            {
                return m.Value;
            }
            var decoded = WebUtility.HtmlDecode(m.Value);
            return decoded == m.Value ? "&amp;" + m.Value[1..] : string.Concat(decoded.Select(c => $"&#{(int)c};"));
        });
        s = BareAmpersand().Replace(s, "&amp;");
        var clean = new StringBuilder(s.Length);
        foreach (var c in s)
        {
            if (c is '\t' or '\n' or '\r' || c >= ' ' && c != '\uFFFE' && c != '\uFFFF')
            {
                clean.Append(c);
            }
        }
        return clean.ToString();
    }

    [GeneratedRegex(@"&(#?\w+);")]
    private static partial Regex Entity();

    [GeneratedRegex(@"&(?!#?\w+;)")]
    private static partial Regex BareAmpersand();
}
