using System.Text;
using AngleSharp.Dom;

namespace NewsPortal.Extraction.Html;

/// <summary>
/// Turns an element into plain paragraphs: text nodes only (attributes, scripts and embedded
/// objects never reach the output), a paragraph break at every block element and line break.
/// </summary>
public static class ArticleText
{
    private static readonly HashSet<string> Skipped =
    [
        "script", "style", "noscript", "template", "iframe", "svg", "math", "button", "form", "input",
        "select", "textarea", "object", "embed", "canvas", "head", "video", "audio", "picture", "map",
    ];

    private static readonly HashSet<string> Blocks =
    [
        "p", "div", "section", "article", "main", "header", "footer", "aside", "nav", "blockquote", "pre",
        "ul", "ol", "li", "dl", "dt", "dd", "table", "thead", "tbody", "tr", "td", "th", "caption",
        "h1", "h2", "h3", "h4", "h5", "h6", "figure", "figcaption", "hr", "address", "details", "summary",
        "center", "fieldset", "body", "br",
    ];

    public static IReadOnlyList<string> Paragraphs(INode root)
    {
        var paragraphs = new List<string>();
        var current = new StringBuilder();
        Walk(root, current, paragraphs, 0);
        Flush(current, paragraphs);
        return paragraphs;
    }

    public static string Join(IEnumerable<string> paragraphs) => string.Join("\n\n", paragraphs);

    private static void Walk(INode node, StringBuilder current, List<string> paragraphs, int depth)
    {
        if (depth > 200)
        {
            return;
        }
        if (node is IText text)
        {
            current.Append(text.Data);
            return;
        }
        if (node is IElement element)
        {
            var tag = element.LocalName;
            if (Skipped.Contains(tag) || element.HasAttribute("hidden"))
            {
                return;
            }
            var block = Blocks.Contains(tag);
            if (block)
            {
                Flush(current, paragraphs);
            }
            foreach (var child in element.ChildNodes)
            {
                Walk(child, current, paragraphs, depth + 1);
            }
            if (block)
            {
                Flush(current, paragraphs);
            }
            return;
        }
        if (node is IDocument or IDocumentFragment)
        {
            foreach (var child in node.ChildNodes)
            {
                Walk(child, current, paragraphs, depth + 1);
            }
        }
    }

    private static void Flush(StringBuilder current, List<string> paragraphs)
    {
        if (current.Length == 0)
        {
            return;
        }
        var collapsed = Collapse(current.ToString());
        current.Clear();
        if (collapsed.Length > 0)
        {
            paragraphs.Add(collapsed);
        }
    }

    /// <summary>Collapses runs of white space (NBSP included) to one space and trims.</summary>
    public static string Collapse(string text)
    {
        var sb = new StringBuilder(text.Length);
        var space = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c) || c == '\u00A0')
            {
                space = sb.Length > 0;
                continue;
            }
            if (space)
            {
                sb.Append(' ');
                space = false;
            }
            sb.Append(c);
        }
        return sb.ToString();
    }
}
