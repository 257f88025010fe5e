using System.Globalization;
using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Relevance;

/// <summary>How much an article is about the focus, with the reason in words a reader can check.</summary>
public sealed record ArticleRelevance(double Score, bool OnTopic, string Reason);

/// <summary>
/// Scores an article against the focus from what the engine found: how often each side is named
/// (its country, people, institutions, capital), and above all whether the two sides meet in one
/// sentence or one event. An article naming only one side, or the two far apart and once each, is
/// about something else.
/// </summary>
public static class RelevanceScorer
{
    /// <summary>At or above this score an article is on topic.</summary>
    public const double Threshold = 0.5;

    public static ArticleRelevance Score(Focus focus, Gazetteer gazetteer, string language, string body, ArticleAnalysis analysis)
    {
        ArgumentNullException.ThrowIfNull(focus);
        ArgumentNullException.ThrowIfNull(gazetteer);
        ArgumentNullException.ThrowIfNull(analysis);
        if (!string.Equals(language, focus.Language, StringComparison.OrdinalIgnoreCase))
        {
            return new(0, false, $"لغة المقال ليست العربية ({language})");
        }

        FocusSide? Side(string ownId) => focus.SideOf(ownId, gazetteer.Find(ownId)?.Country);
        var first = new List<int>();
        var second = new List<int>();
        foreach (var actor in analysis.Actors)
        {
            var side = Side(actor.OwnId);
            (side == focus.First ? first : side == focus.Second ? second : null)?.AddRange(actor.Mentions.Select(m => m.Start));
        }
        var sentences = Sentences.Split(body ?? "");
        int SentenceOf(int offset)
        {
            var i = sentences.FindIndex(s => s.End > offset);
            return i < 0 ? sentences.Count : i;
        }
        var together = first.Select(SentenceOf).ToHashSet();
        together.IntersectWith(second.Select(SentenceOf));
        var jointEvents = analysis.Events.Count(e =>
            e.Participants.Any(p => Side(p.OwnId) == focus.First) && e.Participants.Any(p => Side(p.OwnId) == focus.Second));

        // Meeting in a sentence or an event is the strong sign; mere mentions of both add a little.
        var score = Math.Min(1.0,
            0.3 * Math.Min(together.Count, 2)
            + 0.3 * Math.Min(jointEvents, 1)
            + (first.Count > 0 && second.Count > 0 ? 0.1 : 0)
            + 0.05 * Math.Min(Math.Min(first.Count, second.Count), 4));
        var reason = string.Create(CultureInfo.InvariantCulture,
            $"{focus.First.NameAr}: {first.Count} ذكر، {focus.Second.NameAr}: {second.Count} ذكر؛ معًا في {together.Count} جملة و{jointEvents} حدث");
        return new(Math.Round(score, 2), score >= Threshold, reason);
    }
}
