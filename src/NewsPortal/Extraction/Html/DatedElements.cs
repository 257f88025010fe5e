using AngleSharp.Dom;
using System.Text.RegularExpressions;

namespace NewsPortal.Extraction.Html;

/// <summary>
/// Where on a page the article's own dates stand: &lt;time&gt; elements, elements named like a
/// dateline, machine timestamps in data attributes, the text under the headline; and which
/// elements are furniture (comments, related lists, sidebars, the page footer, the masthead)
/// whose dates belong to something else.
/// </summary>
internal static partial class DatedElements
{
    /// <summary>
    /// The page's &lt;time&gt; elements outside furniture: those marked as the publication first,
    /// then those after the headline, then the rest.
    /// </summary>
    public static List<IElement> ArticleTimes(IDocument document)
    {
        var all = document.QuerySelectorAll("time").Where(e => !IsFurniture(e)).ToList();
        var marked = all.Where(e => e.HasAttribute("pubdate") || (e.ClassName ?? "").Contains("publish", StringComparison.OrdinalIgnoreCase)
            || e.GetAttribute("itemprop") == "datePublished").ToList();
        var headline = Headline(document);
        var after = headline is null ? [] : all.Where(e => headline.CompareDocumentPosition(e).HasFlag(DocumentPositions.Following)).ToList();
        return [.. marked.Concat(after).Concat(all).Distinct()];
    }

    /// <summary>
    /// Comments, related and most-read lists, sidebars and the footer date other things than the
    /// article. Only containers inside the body count: some sites put layout words on &lt;body&gt;.
    /// </summary>
    public static bool IsFurniture(IElement element)
    {
        for (var e = element; e is not null && e.LocalName is not ("body" or "html"); e = e.ParentElement)
        {
            if (e.LocalName is "aside" or "nav" || FurnitureName().IsMatch((e.ClassName ?? "") + " " + e.Id))
            {
                return true;
            }
            // An article's own footer carries its byline and date; the page's footer does not.
            if ((e.LocalName == "footer" || FooterName().IsMatch((e.ClassName ?? "") + " " + e.Id)) && e.Closest("article, main") is null)
            {
                return true;
            }
            // The site's masthead shows today's date; a header holding the headline is the article's.
            if ((e.LocalName == "header" || MastheadName().IsMatch((e.ClassName ?? "") + " " + e.Id))
                && e.Closest("article, main") is null && e.QuerySelector("h1") is null)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>
    /// Elements a page's visible dateline usually lives in, outside comments and teasers; those
    /// after the headline first, since a header often shows today's date.
    /// </summary>
    public static IEnumerable<IElement> DateLikeElements(IDocument document)
    {
        var candidates = document.QuerySelectorAll("[class],[id]")
            .Where(e => e.ChildElementCount <= 4 && e.TextContent.Length is > 5 and < 200)
            .Where(e => DateLikeName().IsMatch((e.ClassName ?? "") + " " + e.Id))
            .Where(e => !IsFurniture(e))
            .Take(60)
            .ToList();
        var headline = document.QuerySelector("h1");
        if (headline is null)
        {
            return candidates;
        }
        var after = candidates.Where(e => headline.CompareDocumentPosition(e).HasFlag(DocumentPositions.Following)).ToList();
        return after.Concat(candidates.Except(after));
    }

    /// <summary>
    /// Machine timestamps a script turns into the visible date ("منذ ساعتين", "3 hours ago", a
    /// time in the reader's zone): the data attributes of elements outside furniture, those after
    /// the headline first. An element marked as the modification date is not the publication.
    /// </summary>
    public static IEnumerable<string> DataTimestamps(IDocument document)
    {
        var all = document.QuerySelectorAll(DataTimestampSelector)
            .Where(e => !IsFurniture(e) && !ModifiedName().IsMatch((e.GetAttribute("itemprop") ?? "") + " " + e.ClassName))
            .Take(40)
            .ToList();
        var headline = Headline(document);
        var after = headline is null ? [] : all.Where(e => headline.CompareDocumentPosition(e).HasFlag(DocumentPositions.Following));
        return after.Concat(all).Distinct()
            .Select(e => DataTimestampAttributes.Select(e.GetAttribute).FirstOrDefault(v => !string.IsNullOrWhiteSpace(v)))
            .OfType<string>();
    }

    private static readonly string[] DataTimestampAttributes =
        ["data-timestamp", "data-time", "data-time-ms", "data-utime", "data-datetime", "data-published", "data-date"];

    private static readonly string DataTimestampSelector = string.Join(", ", DataTimestampAttributes.Select(a => $"[{a}]"));

    /// <summary>The visible text just after the headline, where a byline's date usually stands.</summary>
    public static string? TextAfterTitle(IDocument document)
    {
        var headline = Headline(document);
        if (headline is null)
        {
            return null;
        }
        var text = new System.Text.StringBuilder();
        for (INode? node = headline; node is not null && text.Length < 600; node = Next(node))
        {
            if (node is IText t && t.ParentElement is { } parent && parent.LocalName is not ("script" or "style" or "noscript")
                && !IsCaption(t, parent))
            {
                text.Append(t.Data).Append(' ');
            }
        }
        return Shorten(text.ToString(), 600);
    }

    /// <summary>Captions date the photo, not the article: figure captions, and text right after an image in a small box.</summary>
    private static bool IsCaption(IText text, IElement parent)
    {
        if (parent.Closest("figure, figcaption, [class*='caption']") is not null)
        {
            return true;
        }
        if (parent.TextContent.Length >= 400)
        {
            return false;
        }
        for (var sibling = text.PreviousSibling; sibling is not null; sibling = sibling.PreviousSibling)
        {
            if (sibling is IElement e && (e.LocalName == "img" || e.QuerySelector("img") is not null))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The h1; on pages without one, the first heading whose text the &lt;title&gt; repeats.</summary>
    public static IElement? Headline(IDocument document)
    {
        if (document.QuerySelector("h1") is { } h1)
        {
            return h1;
        }
        var title = Whitespace().Replace(document.Title ?? "", " ").Trim();
        return title.Length < 10
            ? null
            : document.QuerySelectorAll("h2, h3").FirstOrDefault(e =>
            {
                var text = Whitespace().Replace(e.TextContent, " ").Trim();
                return text.Length >= 10 && title.Contains(text, StringComparison.Ordinal);
            });
    }

    private static INode? Next(INode node)
    {
        if (node.FirstChild is { } child)
        {
            return child;
        }
        for (var n = node; n is not null; n = n.Parent)
        {
            if (n.NextSibling is { } sibling)
            {
                return sibling;
            }
        }
        return null;
    }

    public static string Shorten(string text, int max = 120)
    {
        var t = Whitespace().Replace(text, " ").Trim();
        return t.Length > max ? t[..max] : t;
    }

    [GeneratedRegex(@"comment|related|sidebar|recommend|popular|most-?read|trending|teaser-list|more-news|also-read", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"site-?header|masthead|top-?bar|today", RegexOptions.IgnoreCase)]
    private static partial Regex MastheadName();

    [GeneratedRegex(@"footer", RegexOptions.IgnoreCase)]
    private static partial Regex FooterName();

    [GeneratedRegex(@"date|time|publish|posted|byline|dateline|meta|info|tarikh|تاريخ", RegexOptions.IgnoreCase)]
    private static partial Regex DateLikeName();

    [GeneratedRegex(@"modif|updat", RegexOptions.IgnoreCase)]
    private static partial Regex ModifiedName();

    [GeneratedRegex(@"\s+")]
    private static partial Regex Whitespace();
}
