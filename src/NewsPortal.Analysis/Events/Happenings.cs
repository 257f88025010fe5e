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

    /// <summary>Its trigger sits in a clause that describes a noun (التي عقدت …): another happening than the sentence's main one.</summary>
    public bool InRelative { get; init; }

    /// <summary>An actor's name follows the trigger word (اعتراف كوريا الشمالية): the act names who does it.</summary>
    public bool NamesItsAgent { get; init; }

    /// <summary>Its verb is joined by و/ف to an earlier one of the sentence (زار … والتقى).</summary>
    public bool Coordinated { get; init; }

    /// <summary>The token its trigger starts at (the sentence's words are read around it).</summary>
    public int TriggerToken { get; init; }

    /// <summary>The statement made during this happening ("قال لافروف خلال اجتماعه مع …"): when it is dated, so is this.</summary>
    public Draft? SaidDuring { get; set; }

    /// <summary>Goes on with what was just said ("وأضاف", "وتابع"): the same statement, not a new one.</summary>
    public bool Continues { get; init; }

    /// <summary>Its sentence tells of an earlier time ("وكان … قد", "في وقت سابق", "آنذاك"): not the day's news.</summary>
    public bool Recalled { get; init; }

    /// <summary>An earlier occurrence the text implies ("للمرة الأولى منذ عام 2000"): never one with the news.</summary>
    public bool Earlier { get; init; }
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
        ["statement", "praise", "criticism", "accusation", "appeal", "threat", "denial", "pledge", "intent_to_meet", "intent_to_cooperate", "sanctions_threat"];

    public static bool IsSpeech(string type) => Speech.Contains(type);

    public static List<EventMention> Join(List<Draft> drafts, DateOnly? published)
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
        var referred = new Dictionary<int, Draft>();
        foreach (var d in inSentence)
        {
            if (d.Anaphoric && Earlier(kept, d, sentence: null) is { } into)
            {
                Merge(into, d);
                referred.TryAdd(d.Sentence, into);
            }
            // "وقالت السفارة …. وأشارت السفارة إلى …": the same speaker going on without a day of its own
            // is still the same statement, whatever verb of saying it takes.
            else if ((d.Continues || d.Mention is { Type: "statement", Date: null, Participants.Count: > 0 }) && Said(kept, d) is { } statement)
            {
                Merge(statement, d);
            }
            else if (d.Mention.Participants.Count > 0)
            {
                kept.Add(d);
            }
        }
        DateSpeechAtFreshHappenings(kept, referred, published);
        DateSpeechOnTheNewsDay(kept, published);
        DateWhereItWasSaid(kept);
        kept = OneStatementPerSpeakerAndDay(kept);
        var index = kept.Select((d, i) => (d, i)).ToDictionary(x => x.d, x => x.i);
        return [.. kept.Select(d => d.Mention with
        {
            Facets = [.. d.Facets],
            Mentions = [.. d.Mentions],
            ReportedBy = d.ReportedBy?.Final is { } r && r != d && index.TryGetValue(r, out var i) ? i : null,
        })];
    }

    /// <summary>
    /// What is said in a sentence that refers back to the day's happening ("وقال بوتين بعد انتهاء
    /// القمة", "قال كيم إن اللقاء …") is said at it: an undated statement there takes its day, when
    /// that day is the publish day or the one before (the news of the day, not a past summit recalled).
    /// </summary>
    private static void DateSpeechAtFreshHappenings(List<Draft> kept, Dictionary<int, Draft> referred, DateOnly? published)
    {
        if (published is not { } p || referred.Count == 0)
        {
            return;
        }
        var today = DateExpressions.Iso(p);
        var yesterday = DateExpressions.Iso(p.AddDays(-1));
        foreach (var d in kept)
        {
            if (d.Mention.Date is null && Speech.Contains(d.Mention.Type) && referred.TryGetValue(d.Sentence, out var happening)
                && happening.Mention is { DatePrecision: DatePrecision.Day, Date: { } day } && (day == today || day == yesterday))
            {
                d.Mention = d.Mention with { Date = day, DatePrecision = DatePrecision.Day };
            }
        }
    }

    /// <summary>
    /// A report of the day's news tells what was said that day: when the article's first day-dated
    /// happening is of the publish day or the one before (the news, not a recalled past), an
    /// undated statement, praise, pledge… that the article does not place earlier ("وكان … قد",
    /// "في وقت سابق") and that reports nothing dated of its own is dated that day.
    /// </summary>
    private static void DateSpeechOnTheNewsDay(List<Draft> kept, DateOnly? published)
    {
        if (published is not { } p)
        {
            return;
        }
        var today = DateExpressions.Iso(p);
        var yesterday = DateExpressions.Iso(p.AddDays(-1));
        var news = kept.FirstOrDefault(d => !d.Earlier && d.Mention is { DatePrecision: DatePrecision.Day, Status: EventStatus.Happened, Date: not null });
        if (news?.Mention.Date is not { } day || (day != today && day != yesterday))
        {
            return;
        }
        foreach (var d in kept)
        {
            if (d.Mention is { Date: null, Status: EventStatus.Happened } && Speech.Contains(d.Mention.Type) && !d.Recalled && d.ReportedBy is null
                && (d.Mention.Type == "statement" || d.Facets.Exists(f => f.Type == "statement")) && TakesPart(d.Mention, news.Mention))
            {
                d.Mention = d.Mention with { Date = day, DatePrecision = DatePrecision.Day };
            }
        }
    }

    /// <summary>
    /// A meeting or visit during which a dated statement was made ("قال لافروف، خلال اجتماع مع …")
    /// took place that day; a statement placed inside a meeting is dated by it the other way round
    /// (<see cref="EventDates.Governing"/>).
    /// </summary>
    private static void DateWhereItWasSaid(List<Draft> kept)
    {
        foreach (var d in kept)
        {
            if (d.Mention is { Date: null, Status: EventStatus.Happened } && d.SaidDuring?.Final.Mention is { Date: { } day, DatePrecision: DatePrecision.Day })
            {
                d.Mention = d.Mention with { Date = day, DatePrecision = DatePrecision.Day };
            }
        }
    }

    /// <summary>
    /// What one speaker says on one day in an article (a press conference: "قال بوتين …"، "وأوضح
    /// بوتين …") is one statement with several mentions, not one card per sentence.
    /// </summary>
    private static List<Draft> OneStatementPerSpeakerAndDay(List<Draft> kept)
    {
        var first = new Dictionary<(string Speaker, string Day), Draft>();
        foreach (var d in kept)
        {
            if (d.Mention is { DatePrecision: DatePrecision.Day, Date: { } day, Participants.Count: > 0 } m
                && (m.Type == "statement" || d.Facets.Exists(f => f.Type == "statement")))
            {
                if (first.TryGetValue((m.Participants[0].OwnId, day), out var into))
                {
                    Merge(into, d);
                }
                else
                {
                    first[(m.Participants[0].OwnId, day)] = d;
                }
            }
        }
        return kept.FindAll(d => d.MergedInto is null);
    }

    /// <summary>Whether who speaks is one who took part in the happening.</summary>
    private static bool TakesPart(EventMention said, EventMention happening) =>
        said.Participants.Count > 0 && happening.Participants.Any(p => p.OwnId == said.Participants[0].OwnId);

    /// <summary>Folds a reported speech act into the statement that reports it.</summary>
    public static void Fold(Draft statement, Draft act)
    {
        AddFacet(statement, act.Mention);
        statement.Mentions.Add(act.Mentions[0]);
        act.MergedInto = statement;
    }

    /// <summary>
    /// "أعربت روسيا عن امتنانها": the act the statement verb expresses is the event, the statement
    /// its facet (and what dates statements dates it too, see <see cref="DateSpeechOnTheNewsDay"/>).
    /// </summary>
    public static void Express(Draft statement, Draft act)
    {
        var said = statement.Mention;
        var m = act.Mention;
        statement.Mention = said with { Type = m.Type, Cameo = m.Cameo, Trigger = m.Trigger, TriggerStart = m.TriggerStart, TriggerEnd = m.TriggerEnd };
        statement.Facets.RemoveAll(f => f.Type == m.Type);
        AddFacet(statement, said);
        statement.Mentions.Add(act.Mentions[0]);
        act.MergedInto = statement;
    }

    /// <summary>The statement a "وأضاف" goes on with: the latest one, at most two sentences back, by the same speaker.</summary>
    private static Draft? Said(List<Draft> kept, Draft d)
    {
        for (var i = kept.Count - 1; i >= 0 && kept[i].Sentence >= d.Sentence - 2; i--)
        {
            var f = kept[i];
            if (f.Mention.Type == "statement" && (d.Mention.Date is null || d.Mention.Date == f.Mention.Date)
                && (d.Mention.Participants.Count == 0 || (f.Mention.Participants.Count > 0 && f.Mention.Participants[0].OwnId == d.Mention.Participants[0].OwnId)))
            {
                return f;
            }
        }
        return null;
    }

    /// <summary>The latest event of the same family that the draft can be a mention of (in the given sentence, when one is given).</summary>
    private static Draft? Earlier(List<Draft> kept, Draft d, int? sentence)
    {
        var family = Family(d.Mention.Type);
        if (family is null || d.Earlier)
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
            // "قال لافروف خلال اجتماع …: الاتفاقات التي توصل إليها قادتنا في يونيو خلال قمة بيونغ يانغ":
            // a happening inside a clause that describes a noun, with a date the other lacks, is another one.
            if (f.Sentence == d.Sentence && f.InRelative != d.InRelative && (f.Mention.Date is null) != (d.Mention.Date is null))
            {
                continue;
            }
            // "أحرز تقدم خلال محادثات نيويورك … على صعيد القمة المرتقبة": in one sentence, talks held
            // and a summit to come are two happenings.
            if (sentence is not null && (f.Mention.Status == EventStatus.Planned) != (d.Mention.Status == EventStatus.Planned))
            {
                continue;
            }
            // A bare "الزيارة" naming one side at most refers to the latest one whoever it names.
            var loose = sentence is null && d.Mention.Participants.Count <= 1;
            if (!f.Earlier && Family(f.Mention.Type) == family && Compatible(f.Mention, d.Mention, loose))
            {
                return f;
            }
        }
        return null;
    }

    internal static string? Family(string type) =>
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
        into.SaidDuring ??= d.SaidDuring;
        d.MergedInto = into;
    }

    private static int Rank(string type) => Array.IndexOf(Consultation, type) is var i and >= 0 ? i : Consultation.Length;

    /// <summary>The more precise of two compatible dates.</summary>
    private static EventMention More(EventMention a, EventMention b) =>
        a.Date is null || (b.Date is not null && b.Date.Length > a.Date.Length && b.DatePrecision != DatePrecision.Range) ? b : a;

    /// <summary>Adds a facet of the given type, read at the words of <paramref name="at"/>.</summary>
    public static void AddFacet(Draft d, EventTypeEntry type, EventMention at)
    {
        if (type.Type != d.Mention.Type && d.Facets.All(f => f.Type != type.Type))
        {
            d.Facets.Add(new EventFacet(type.Type, type.Cameo, at.Trigger, at.TriggerStart, at.TriggerEnd));
        }
    }

    private static void AddFacet(Draft d, EventMention m)
    {
        if (m.Type != d.Mention.Type && d.Facets.All(f => f.Type != m.Type))
        {
            d.Facets.Add(new EventFacet(m.Type, m.Cameo, m.Trigger, m.TriggerStart, m.TriggerEnd));
        }
    }
}
