using NewsPortal.Analysis.Dates;

namespace NewsPortal.Analysis.Events;

/// <summary>An event as a sentence first gives it, before the article's mentions of one happening are joined.</summary>
internal sealed class Draft(EventMention mention, int sentence, bool anaphoric)
{
    public EventMention Mention { get; set; } = mention;
    public int Sentence { get; } = sentence;

    /// <summary>Refers back ("الزيارة", "خلال لقائهما", "هذه القمة") rather than telling something new.</summary>
    public bool Anaphoric { get; set; } = anaphoric;

    public Draft? ReportedBy { get; set; }
    public List<EventFacet> Facets { get; } = [];
    public List<EventReference> Mentions { get; } = [new(mention.Start, mention.End, mention.TriggerStart, mention.TriggerEnd)];
    public Draft? MergedInto { get; set; }

    public Draft Final => MergedInto?.Final ?? this;
}

/// <summary>
/// One happening, one event, inside an article. A mention joins an earlier event when both are of
/// one family (visit, hosting, meeting, talks and calls are one consultation; a treaty is one
/// agreement), their participants overlap (or one names none), their dates agree at the coarser
/// precision (or one has none), and neither is a denial of the other; and it is either in the same
/// sentence (زار … والتقى) or refers back (الزيارة، خلال القمة، هذه المحادثات). The first event
/// keeps its type unless the joining one is the main act (a visit over the meeting held during
/// it); every other type becomes a facet, every span a mention.
/// </summary>
internal static class Happenings
{
    // How many earlier events a mention that refers back may reach (bounds the work on huge texts).
    private const int Lookback = 40;

    // Main act first: a visit during which leaders met is a visit with a meeting facet.
    private static readonly string[] Consultation = ["visit", "host", "meeting", "talks", "phone_call"];

    private static readonly HashSet<string> Speech =
        ["statement", "praise", "criticism", "accusation", "appeal", "threat", "denial", "pledge", "intent_to_meet", "sanctions_threat"];

    public static bool IsSpeech(string type) => Speech.Contains(type);

    public static List<EventMention> Join(List<Draft> drafts)
    {
        // One sentence that reports one happening yields one event…
        var inSentence = new List<Draft>();
        foreach (var d in drafts.Where(d => d.MergedInto is null))
        {
            if (Earlier(inSentence, d, d.Sentence) is { } into)
            {
                into.Anaphoric |= d.Anaphoric;
                Merge(into, d);
            }
            else
            {
                inSentence.Add(d);
            }
        }
        // …and a later mention that refers back adds to the event it refers to. One that names no
        // participant and joins nothing ("ناقش الزعيمان") tells too little to stand alone.
        var kept = new List<Draft>();
        foreach (var d in inSentence)
        {
            if (d.Anaphoric && Earlier(kept, d, sentence: null) is { } into)
            {
                Merge(into, d);
            }
            else if (d.Mention.Participants.Count > 0)
            {
                kept.Add(d);
            }
        }
        var index = kept.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        return [.. kept.Select(d => d.Mention with
        {
            Facets = [.. d.Facets],
            Mentions = [.. d.Mentions],
            ReportedBy = d.ReportedBy?.Final is { } r && r != d && index.TryGetValue(r, out var i) ? i : null,
        })];
    }

    /// <summary>Folds a reported speech act into the statement that reports it.</summary>
    public static void Fold(Draft statement, Draft act)
    {
        AddFacet(statement, act.Mention);
        statement.Mentions.Add(act.Mentions[0]);
        act.MergedInto = statement;
    }

    /// <summary>The latest event of the same family that the draft can be a mention of (in the given sentence, when one is given).</summary>
    private static Draft? Earlier(List<Draft> kept, Draft d, int? sentence)
    {
        var family = Family(d.Mention.Type);
        if (family is null)
        {
            return null;
        }
        for (var i = kept.Count - 1; i >= Math.Max(0, kept.Count - Lookback); i--)
        {
            var f = kept[i];
            if (sentence is { } s && f.Sentence != s)
            {
                break;
            }
            // A bare "الزيارة" naming one side at most refers to the latest one whoever it names.
            var loose = sentence is null && d.Mention.Participants.Count <= 1;
            if (Family(f.Mention.Type) == family && Compatible(f.Mention, d.Mention, loose))
            {
                return f;
            }
        }
        return null;
    }

    private static string? Family(string type) =>
        Array.IndexOf(Consultation, type) >= 0 ? "consult" : Speech.Contains(type) ? null : type;

    // Dates agree when one is missing or both say the same at the same precision ("الشهر الماضي"
    // is not the summit of the 12th); the one who acts in either takes part in the other.
    private static bool Compatible(EventMention a, EventMention b, bool loose) =>
        (a.Status == EventStatus.Denied) == (b.Status == EventStatus.Denied)
        && (a.Date is null || b.Date is null || a.Date == b.Date)
        && (loose || a.Participants.Count == 0 || b.Participants.Count == 0
            || b.Participants.Any(q => q.OwnId == a.Participants[0].OwnId) || a.Participants.Any(q => q.OwnId == b.Participants[0].OwnId));

    private static void Merge(Draft into, Draft d)
    {
        var (main, other) = (into.Mention, d.Mention);
        // The main act is chosen inside one sentence, so the trigger stays in the evidence.
        if (into.Sentence == d.Sentence && Rank(other.Type) < Rank(main.Type))
        {
            into.Mention = main with { Type = other.Type, Cameo = other.Cameo, Trigger = other.Trigger, TriggerStart = other.TriggerStart, TriggerEnd = other.TriggerEnd };
            into.Facets.RemoveAll(f => f.Type == other.Type);
            AddFacet(into, main);
        }
        else
        {
            AddFacet(into, other);
        }
        var m = into.Mention;
        var date = More(m, other);
        into.Mention = m with
        {
            Date = date.Date,
            DatePrecision = date.DatePrecision,
            LocationId = m.LocationId ?? other.LocationId,
            Participants = [.. m.Participants.Concat(other.Participants.Where(p => m.Participants.All(q => q.OwnId != p.OwnId))).Take(6)],
        };
        into.Mentions.AddRange(d.Mentions);
        into.Facets.AddRange(d.Facets.Where(f => into.Facets.All(g => g.Type != f.Type) && f.Type != into.Mention.Type));
        into.ReportedBy ??= d.ReportedBy;
        d.MergedInto = into;
    }

    private static int Rank(string type) => Array.IndexOf(Consultation, type) is var i and >= 0 ? i : Consultation.Length;

    /// <summary>The more precise of two compatible dates.</summary>
    private static EventMention More(EventMention a, EventMention b) =>
        a.Date is null || (b.Date is not null && b.Date.Length > a.Date.Length && b.DatePrecision != DatePrecision.Range) ? b : a;

    private static void AddFacet(Draft d, EventMention m)
    {
        if (m.Type != d.Mention.Type && d.Facets.All(f => f.Type != m.Type))
        {
            d.Facets.Add(new EventFacet(m.Type, m.Cameo, m.Trigger, m.TriggerStart, m.TriggerEnd));
        }
    }
}
