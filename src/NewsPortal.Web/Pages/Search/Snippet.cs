using NewsPortal.Analysis.Text;
using NewsPortal.Reading;
using NewsPortal.Web.Pages.Articles;

namespace NewsPortal.Web.Pages.Search;

/// <summary>One found article; <see cref="SnippetHtml"/> is escaped text with the project's own marks only.</summary>
public sealed record SnippetResult(long Id, string Title, string? Publisher, DateOnly? PublishedOn, string SnippetHtml);

/// <summary>
/// A short, HTML-safe excerpt of an article around the first match: actor mentions and words of
/// the query are marked. Matching here only decides what to mark; PostgreSQL decides the results.
/// </summary>
public static class Snippet
{
    private static readonly string[] Proclitics = ["وال", "بال", "فال", "كال", "لل", "ال", "و", "ف", "ب", "ل", "ك"];

    /// <summary>The found articles of a search, each with its excerpt; the page and the API show the same.</summary>
    public static IReadOnlyList<SnippetResult> ForHits(SearchResult found)
    {
        var terms = Terms(found.Parsed.NormalizedText);
        return [.. found.Hits.Select(h => new SnippetResult(h.Id, h.Title, h.Publisher, h.PublishedOn, Build(h.Body, terms, h.ActorSpans)))];
    }

    public static string Build(string body, IReadOnlyList<string> normalizedTerms, IEnumerable<(int Start, int End)> actorSpans, int length = 280)
    {
        var hits = actorSpans.Select(s => new Highlight(s.Start, s.End, "mark", "hit")).ToList();
        var stems = normalizedTerms.Select(Stem).Where(s => s.Length >= 2).Distinct().ToList();
        if (stems.Count > 0)
        {
            var normalized = ArabicNormalizer.NormalizeWithOffsets(body);
            foreach (var token in Tokens.Split(normalized.Text))
            {
                var stem = Stem(token.Value);
                if (stems.Any(s => stem.StartsWith(s, StringComparison.Ordinal)))
                {
                    var (start, end) = normalized.ToSource(token.Start, token.End);
                    hits.Add(new Highlight(start, end, "mark", "hit"));
                }
            }
        }
        var first = hits.Count > 0 ? hits.Min(h => h.Start) : 0;
        var from = WordStart(body, Math.Max(0, first - length / 3));
        var to = WordEnd(body, Math.Min(body.Length, from + length));
        return (from > 0 ? "… " : "") + TaggedHtml.Render(body, from, to, hits) + (to < body.Length ? " …" : "");
    }

    /// <summary>The query's words as the search column holds them, without websearch operators.</summary>
    public static IReadOnlyList<string> Terms(string normalizedText) =>
        [.. normalizedText.Split(' ', StringSplitOptions.RemoveEmptyEntries)
            .Where(w => !w.StartsWith('-') && w != "or")
            .SelectMany(w => Tokens.Split(w).Select(t => t.Value))];

    // A light prefix strip so "بالعقوبات" is marked for "عقوبات"; the stemmer in PostgreSQL decides matches.
    private static string Stem(string word)
    {
        foreach (var p in Proclitics)
        {
            if (word.StartsWith(p, StringComparison.Ordinal) && word.Length - p.Length >= 3)
            {
                return word[p.Length..];
            }
        }
        return word;
    }

    private static int WordStart(string text, int i)
    {
        while (i > 0 && !char.IsWhiteSpace(text[i - 1]))
        {
            i--;
        }
        return i;
    }

    private static int WordEnd(string text, int i)
    {
        while (i < text.Length && !char.IsWhiteSpace(text[i]))
        {
            i++;
        }
        return i;
    }
}
