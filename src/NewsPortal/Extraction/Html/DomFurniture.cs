using System.Text.RegularExpressions;
using AngleSharp.Dom;

namespace NewsPortal.Extraction.Html;

/// <summary>
/// DOM-level page furniture: share bars, related and tag lists, captions, ads, newsletter boxes,
/// navigation and comments. Phrase-level furniture (إقرأ أيضاً …) is the text rules' job.
/// </summary>
public static partial class DomFurniture
{
    private const string FurnitureTags =
        "nav, aside, form, figcaption, button, iframe, [role='navigation'], [role='complementary'], [aria-hidden='true']";

    /// <summary>Removes furniture below <paramref name="root"/> (never <paramref name="root"/> itself).</summary>
    public static void Remove(IElement root, IEnumerable<string>? extraSelectors = null)
    {
        foreach (var selector in extraSelectors ?? [])
        {
            RemoveAll(root, selector);
        }
        RemoveAll(root, FurnitureTags);
        foreach (var element in root.QuerySelectorAll("[class], [id], [style]").ToList())
        {
            if (element.Parent is not null && (IsHidden(element) || IsDateline(element)
                || IsFurnitureName(element) && !ContainsArticleText(element)))
            {
                element.Remove();
            }
        }
        RemoveShareLinks(root);
        foreach (var block in root.QuerySelectorAll("p, li, h2, h3, h4, h5, h6, div").ToList())
        {
            if (block.Parent is not null && IsLinkLine(block))
            {
                block.Remove();
            }
        }
        foreach (var list in root.QuerySelectorAll("ul, ol").ToList())
        {
            if (list.Parent is not null && IsLinkList(list))
            {
                list.Remove();
            }
        }
    }

    /// <summary>A class or id token naming furniture, e.g. "share-bar", "post_tags", "related".</summary>
    public static bool IsFurnitureName(IElement element)
    {
        var names = (element.GetAttribute("class") ?? "") + " " + element.Id;
        return FurnitureName().IsMatch(names);
    }

    /// <summary>
    /// Share buttons, known by where they point (facebook sharer, wa.me, t.me/share …); a wrapper
    /// left with only a word or two ("شارك", "Baixar") goes with them.
    /// </summary>
    private static void RemoveShareLinks(IElement root)
    {
        foreach (var link in root.QuerySelectorAll("a[href]").ToList())
        {
            if (link.Parent is null || !ShareHref().IsMatch(link.GetAttribute("href") ?? ""))
            {
                continue;
            }
            var parent = link.ParentElement;
            link.Remove();
            for (var level = 0; level < 2 && parent is not null && parent != root; level++)
            {
                var next = parent.ParentElement;
                if (parent.TextContent.Trim().Length >= 15)
                {
                    break;
                }
                parent.Remove();
                parent = next;
            }
        }
    }

    /// <summary>A short line that is all link: a teaser, a "more on" link, a source credit link.</summary>
    private static bool IsLinkLine(IElement block)
    {
        if (block.LocalName == "div" && block.QuerySelector("p, div, li, ul, ol, table") is not null)
        {
            return false;
        }
        var text = block.TextContent.Trim().Length;
        if (text is 0 or > 200)
        {
            return false;
        }
        var linked = block.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return linked >= 0.9 * text;
    }

    /// <summary>Hidden by the page itself: inline display:none or the usual utility classes.</summary>
    private static bool IsHidden(IElement element)
    {
        var style = element.GetAttribute("style");
        return style is not null && HiddenStyle().IsMatch(style)
            || HiddenClass().IsMatch(element.GetAttribute("class") ?? "");
    }

    /// <summary>A short date or time line ("2026-01-08 | 12:42", "آخر تحديث 14:00"): metadata, not body.</summary>
    private static bool IsDateline(IElement element)
    {
        var names = (element.GetAttribute("class") ?? "") + " " + element.Id;
        if (!DatelineName().IsMatch(names) || element.QuerySelector("p") is not null)
        {
            return false;
        }
        var text = element.TextContent.Trim();
        return text.Length is > 0 and < 100 && text.Any(char.IsDigit);
    }

    /// <summary>A list whose text is nearly all links: related stories, tags, menus.</summary>
    private static bool IsLinkList(IElement list)
    {
        var items = list.Children.Where(c => c.LocalName == "li").ToList();
        if (items.Count < 2)
        {
            return false;
        }
        var text = list.TextContent.Trim().Length;
        var linked = list.QuerySelectorAll("a").Sum(a => a.TextContent.Trim().Length);
        return text > 0 && linked >= 0.8 * text && items.All(i => i.QuerySelector("a") is not null);
    }

    /// <summary>A wrapper holding several real paragraphs is body, whatever its class says.</summary>
    private static bool ContainsArticleText(IElement element) =>
        element.QuerySelectorAll("p").Count(p => p.TextContent.Length > 150) >= 2;

    private static void RemoveAll(IElement root, string selector)
    {
        try
        {
            foreach (var element in root.QuerySelectorAll(selector).ToList())
            {
                element.Remove();
            }
        }
        catch (DomException)
        {
            // A profile's bad selector must not stop extraction.
        }
    }

    [GeneratedRegex(@"(^|[\s_-])(share|sharing|social|sociallinks|related|tags?|taglist|keywords|newsletter|subscribe|subscription|advert|advertisement|ads?|adslot|dfp|promo|sponsored|comments?|disqus|recommended|recommendations|readmore|read-more|breadcrumbs?|outbrain|taboola|widget|sidebar|byline|caption|credit|prev|next|pager|pagination)($|[\s_-])", RegexOptions.IgnoreCase)]
    private static partial Regex FurnitureName();

    [GeneratedRegex(@"facebook\.com/(sharer|share\.php|dialog/share)|twitter\.com/(intent|share)|x\.com/intent|wa\.me/|api\.whatsapp\.com|whatsapp://|t\.me/share|telegram\.me/share|pinterest\.[a-z.]+/pin/create|linkedin\.com/(share|cws/share)|reddit\.com/submit|vk\.com/share|^mailto:\?", RegexOptions.IgnoreCase)]
    private static partial Regex ShareHref();

    [GeneratedRegex(@"display\s*:\s*none|visibility\s*:\s*hidden", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenStyle();

    [GeneratedRegex(@"(^|\s)(d-none|hidden|hide|sr-only|visually-hidden|screen-reader-text)(\s|$)", RegexOptions.IgnoreCase)]
    private static partial Regex HiddenClass();

    [GeneratedRegex(@"date|time|tmstmp|published|posted", RegexOptions.IgnoreCase)]
    private static partial Regex DatelineName();
}
