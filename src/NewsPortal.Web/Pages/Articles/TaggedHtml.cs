using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;

namespace NewsPortal.Web.Pages.Articles;

/// <summary>A marked span [Start, End) of a plain text: an element, its CSS class and what it explains.</summary>
public sealed record Highlight(int Start, int End, string Element, string CssClass, string? Tip = null);

/// <summary>
/// Builds HTML from plain text and spans: every text segment is HTML-escaped, and the only tags in
/// the output are the spans' own elements, so a body or query can never inject markup.
/// </summary>
public static class TaggedHtml
{
    // Arabic stays text, not character references; markup characters are still escaped.
    private static readonly HtmlEncoder Encoder = HtmlEncoder.Create(UnicodeRanges.All);
    private static readonly HashSet<string> Elements = new(StringComparer.Ordinal) { "mark", "span" };

    /// <summary>
    /// Renders text[from, to). Spans nest when one lies inside another; a span that crosses its
    /// parent's end is cut there; a span with a tip is focusable (by script: not a tab stop of its own, see
    /// <see cref="OneTabStop"/>) and carries the tip as
    /// tooltip and as hidden text for screen readers.
    /// </summary>
    /// <summary>
    /// The tags of a text are one tab stop: the first tag takes it, and arrow keys move between them
    /// (wwwroot/js/tags.js). An article with a hundred tags would otherwise cost a hundred Tab presses.
    /// </summary>
    public static IReadOnlyList<string> OneTabStop(IReadOnlyList<string> rendered)
    {
        var first = rendered.ToList().FindIndex(html => html.Contains(Unfocused, StringComparison.Ordinal));
        if (first < 0)
        {
            return rendered;
        }
        var result = rendered.ToArray();
        var at = result[first].IndexOf(Unfocused, StringComparison.Ordinal);
        result[first] = string.Concat(result[first].AsSpan(0, at), "tabindex=\"0\"", result[first].AsSpan(at + Unfocused.Length));
        return result;
    }

    private const string Unfocused = "tabindex=\"-1\"";

    public static string Render(string text, int from, int to, IEnumerable<Highlight> highlights)
    {
        from = Math.Clamp(from, 0, text.Length);
        to = Math.Clamp(to, from, text.Length);
        var spans = highlights
            .Select(h => h with { Start = Math.Max(h.Start, from), End = Math.Min(h.End, to) })
            .Where(h => h.Start < h.End && Elements.Contains(h.Element))
            .OrderBy(h => h.Start).ThenByDescending(h => h.End)
            .ToList();
        var html = new StringBuilder();
        var open = new Stack<Highlight>();
        var pos = from;
        foreach (var span in spans)
        {
            while (open.Count > 0 && open.Peek().End <= span.Start)
            {
                pos = Close(open.Pop(), pos);
            }
            Text(pos, span.Start);
            pos = span.Start;
            var clipped = open.Count > 0 && span.End > open.Peek().End ? span with { End = open.Peek().End } : span;
            if (clipped.Start >= clipped.End)
            {
                continue;
            }
            html.Append('<').Append(clipped.Element).Append(" class=\"").Append(Encoder.Encode(clipped.CssClass)).Append('"');
            if (clipped.Tip is { } tip)
            {
                var encoded = Encoder.Encode(tip);
                html.Append(" title=\"").Append(encoded).Append("\" data-tip=\"").Append(encoded).Append("\" tabindex=\"-1\"");
            }
            html.Append('>');
            open.Push(clipped);
        }
        while (open.Count > 0)
        {
            pos = Close(open.Pop(), pos);
        }
        Text(pos, to);
        return html.ToString();

        int Close(Highlight span, int at)
        {
            Text(at, span.End);
            if (span.Tip is { } tip)
            {
                html.Append("<span class=\"visually-hidden\"> (").Append(Encoder.Encode(tip)).Append(")</span>");
            }
            html.Append("</").Append(span.Element).Append('>');
            return span.End;
        }

        void Text(int start, int end)
        {
            if (end > start)
            {
                html.Append(Encoder.Encode(text.AsSpan(start, end - start).ToString()));
            }
        }
    }

    public static string Escape(string text) => Encoder.Encode(text);
}
