using System.Text;
using Microsoft.EntityFrameworkCore;
using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Text;
using NewsPortal.Data;
using NewsPortal.Model;

namespace NewsPortal.Reading;

/// <summary>
/// A reader's query split into the actors it names (found through the gazetteer, in any spelling)
/// and the rest, which is searched as full text.
/// </summary>
public sealed record ParsedSearch(IReadOnlyList<ActorPhrase> Actors, string Text)
{
    /// <summary>Longer queries are cut: a search box is not a document.</summary>
    public const int MaxLength = 500;

    private const int MaxPhraseWords = 6;

    /// <summary>The full-text part, normalized as the search column is.</summary>
    public string NormalizedText { get; } = ArabicNormalizer.Normalize(Text);

    public static ParsedSearch Parse(Gazetteer gazetteer, string? query)
    {
        var words = Clean(query).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        var actors = new List<ActorPhrase>();
        var rest = new List<string>();
        var i = 0;
        while (i < words.Length)
        {
            var matched = false;
            // The longest run of words that names an actor wins ("كيم جونغ أون" before "كيم").
            for (var j = Math.Min(words.Length, i + MaxPhraseWords); j > i; j--)
            {
                var phrase = string.Join(' ', words[i..j]);
                var found = gazetteer.Resolve(phrase);
                if (found.Count > 0)
                {
                    actors.Add(new ActorPhrase(phrase, [.. found.Select(e => e.Id)]));
                    i = j;
                    matched = true;
                    break;
                }
            }
            if (!matched)
            {
                rest.Add(words[i]);
                i++;
            }
        }
        return new ParsedSearch(actors, string.Join(' ', rest));
    }

    /// <summary>Cut to <see cref="MaxLength"/>; control characters (PostgreSQL refuses NUL) become spaces.</summary>
    public static string Clean(string? query)
    {
        var text = query ?? "";
        if (text.Length > MaxLength)
        {
            text = text[..MaxLength];
        }
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            clean.Append(char.IsControl(c) || char.IsSurrogate(c) ? ' ' : c);
        }
        return clean.ToString().Trim();
    }
}

/// <summary>Words of the query that name an actor, and every actor (own key) they may mean.</summary>
public sealed record ActorPhrase(string Text, IReadOnlyList<string> ActorKeys);

public static class SearchQueries
{
    /// <summary>Articles that mention one of the actors (by database id).</summary>
    public static IQueryable<Article> MentioningAny(this IQueryable<Article> articles, NewsPortalDbContext db, IReadOnlyList<int> actorIds)
    {
        var ids = actorIds.ToList();
        return articles.Where(a => db.Mentions.Any(m => m.ArticleId == a.Id && ids.Contains(m.ActorId)));
    }

    /// <summary>Full text over the normalized search column with PostgreSQL's Arabic configuration.</summary>
    public static IQueryable<Article> MatchingText(this IQueryable<Article> articles, string normalizedText) =>
        articles.Where(a => a.SearchVector!.Matches(EF.Functions.WebSearchToTsQuery("arabic", normalizedText)));

    public static IQueryable<Article> PublishedBetween(this IQueryable<Article> articles, DateOnly? from, DateOnly? to)
    {
        if (from is { } f)
        {
            articles = articles.Where(a => a.PublishedOn >= f);
        }
        if (to is { } t)
        {
            articles = articles.Where(a => a.PublishedOn <= t);
        }
        return articles;
    }
}
