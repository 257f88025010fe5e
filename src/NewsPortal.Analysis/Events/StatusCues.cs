using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>A status cue of a sentence at a token position.</summary>
internal readonly record struct StatusCue(CueKind Kind, int Token);

/// <summary>
/// The status of an event: a future verb as trigger makes it planned; otherwise the status cue
/// nearest to the trigger (within reach) decides, so one sentence can report a claim and a plan.
/// Speech acts (statements, accusations, threats…) are reported as made.
/// </summary>
internal static class StatusCues
{
    private const int Reach = 10;
    private const int FutureVerbReach = 4;

    private static readonly HashSet<string> SpeechActs =
        ["statement", "criticism", "praise", "appeal", "accusation", "threat", "sanctions_threat", "denial", "intent_to_meet", "intent_to_cooperate"];

    // Past verbs that begin with ت, so "قد توصل" is not a hedge.
    private static readonly HashSet<string> PastWithTa =
        ["تم", "تعرض", "توصل", "توجه", "تحول", "تراجع", "تقدم", "تلقي", "تمكن", "تسلم", "تعهد", "تولي", "تبني", "تجاوز", "تخطي", "توفي"];

    /// <summary>Status cues of the sentence's tokens: lexicon cues plus future verbs and "قد" + imperfect.</summary>
    public static List<StatusCue> Collect(List<(CueKind Kind, int Token)> lexiconCues, IReadOnlyList<Token> tokens, int first, int last)
    {
        var cues = new List<StatusCue>();
        foreach (var c in lexiconCues)
        {
            if (c.Kind is CueKind.Planned or CueKind.Alleged or CueKind.Denied)
            {
                cues.Add(new StatusCue(c.Kind, c.Token));
            }
        }
        for (var k = first; k < last; k++)
        {
            var word = tokens[k].Value;
            if (Tense.IsFutureToken(word))
            {
                cues.Add(new StatusCue(CueKind.FutureVerb, k));
            }
            if (word is "قد" or "وقد" && k + 1 < last && IsImperfect(tokens[k + 1].Value))
            {
                cues.Add(new StatusCue(CueKind.Planned, k));
            }
        }
        return cues;
    }

    public static EventStatus Of(string type, int trigger, bool futureTrigger, List<StatusCue> cues, bool ignoreDenial)
    {
        // A threat is made now even when what it threatens is to come (ستفرض عقوبات); so is an intent (ستعزز التعاون).
        if (type is "threat" or "sanctions_threat" or "intent_to_cooperate")
        {
            return EventStatus.Happened;
        }
        if (futureTrigger)
        {
            return EventStatus.Planned;
        }
        if (SpeechActs.Contains(type))
        {
            return EventStatus.Happened;
        }
        StatusCue? best = null;
        foreach (var cue in cues)
        {
            var distance = Math.Abs(cue.Token - trigger);
            var isFutureVerb = cue.Kind == CueKind.FutureVerb;
            if (distance > (isFutureVerb ? FutureVerbReach : Reach) || (ignoreDenial && cue.Kind == CueKind.Denied))
            {
                continue;
            }
            if (best is not { } b || distance < Math.Abs(b.Token - trigger)
                || (distance == Math.Abs(b.Token - trigger) && Rank(cue.Kind) > Rank(b.Kind)))
            {
                best = cue;
            }
        }
        return best?.Kind switch
        {
            CueKind.Denied => EventStatus.Denied,
            CueKind.Alleged => EventStatus.Alleged,
            CueKind.Planned or CueKind.FutureVerb => EventStatus.Planned,
            _ => EventStatus.Happened,
        };
    }

    private static int Rank(CueKind kind) => kind switch
    {
        CueKind.Denied => 3,
        CueKind.Alleged => 2,
        _ => 1,
    };

    private static bool IsImperfect(string word) =>
        word.Length >= 3 && (word[0] is 'ي' or 'ن' || (word[0] == 'ت' && !PastWithTa.Contains(word)));
}
