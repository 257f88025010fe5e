using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>What a cue word signals inside a sentence.</summary>
internal enum CueKind
{
    Trigger,
    Planned,
    Alleged,
    Denied,
    Threat,
    Reporting,

    /// <summary>A verb with the future prefix سـ (not from the lexicon).</summary>
    FutureVerb,

    /// <summary>Words that make a statement praise ("شجاع", "شريك مهم"): what is said is the act.</summary>
    PraiseTone,

    /// <summary>Words that make a statement criticism ("يقوض", "غير مقبول").</summary>
    CriticismTone,
}

internal readonly record struct EventCue(CueKind Kind, int Type);

/// <summary>
/// One event type of the taxonomy with its CAMEO code, Arabic label and trigger words (Lexicon/events.json).
/// <paramref name="FutureOnly"/>: the triggers count only as future verbs (سـ، سوف): "ستعزز التعاون"
/// states an intent, "تعزز التعاون" describes.
/// </summary>
public sealed record EventTypeEntry(string Type, string Cameo, string Label, IReadOnlyList<string> Triggers, IReadOnlyList<string>? RequiresAny = null, bool FutureOnly = false);

/// <summary>The event lexicon as stored in Lexicon/events.json.</summary>
public sealed record EventLexiconData(
    IReadOnlyList<EventTypeEntry> Types,
    Dictionary<string, IReadOnlyList<string>> Status,
    IReadOnlyList<string> ThreatWords,
    IReadOnlyList<string> NuclearWords,
    IReadOnlyList<string> MilitaryWords,
    IReadOnlyList<string> Reporting,
    Dictionary<string, IReadOnlyList<string>>? StatementTone = null);

/// <summary>Trigger and status cues compiled into one token trie, plus single-word context sets.</summary>
internal sealed class EventLexicon
{
    private static readonly Lazy<EventLexicon> Default = new(() =>
        new EventLexicon(Gazetteer.ReadResource<EventLexiconData>(typeof(EventLexicon).Assembly, "NewsPortal.Analysis.Lexicon.events.json")));

    public EventLexicon(EventLexiconData data)
    {
        Types = data.Types;
        for (var i = 0; i < Types.Count; i++)
        {
            Add(Types[i].Triggers, new EventCue(CueKind.Trigger, i));
            Requires.Add(Types[i].RequiresAny is { Count: > 0 } r ? Set(r) : null);
        }
        Add(data.Status.GetValueOrDefault("planned") ?? [], new EventCue(CueKind.Planned, -1));
        Add(data.Status.GetValueOrDefault("alleged") ?? [], new EventCue(CueKind.Alleged, -1));
        Add(data.Status.GetValueOrDefault("denied") ?? [], new EventCue(CueKind.Denied, -1));
        Add(data.ThreatWords, new EventCue(CueKind.Threat, -1));
        Add(data.Reporting, new EventCue(CueKind.Reporting, -1));
        Add(data.StatementTone?.GetValueOrDefault("praise") ?? [], new EventCue(CueKind.PraiseTone, -1));
        Add(data.StatementTone?.GetValueOrDefault("criticism") ?? [], new EventCue(CueKind.CriticismTone, -1));
        Nuclear = Set(data.NuclearWords);
        Military = Set(data.MilitaryWords);
        TypeIndex = Types.Select((t, i) => (t.Type, i)).ToDictionary(x => x.Type, x => x.i, StringComparer.Ordinal);
    }

    public static EventLexicon LoadDefault() => Default.Value;

    public IReadOnlyList<EventTypeEntry> Types { get; }
    public TokenTrie<EventCue> Trie { get; } = new();
    public List<HashSet<string>?> Requires { get; } = [];
    public HashSet<string> Nuclear { get; }
    public HashSet<string> Military { get; }
    public Dictionary<string, int> TypeIndex { get; }

    /// <summary>
    /// Verbs whose act is told by their object, with the subject or a date between them (Arabic puts
    /// the verb first: "شدد مجلس الأمن العقوبات", "ألغت واشنطن، في أكتوبر، عقوبات"): written "verb … object"
    /// in the lexicon. The verb's heads are a trie of their own; <see cref="GapTails"/> holds each head's object words.
    /// </summary>
    public TokenTrie<int> GapHeads { get; } = new();

    /// <summary>Per gapped trigger (the index a <see cref="GapHeads"/> match targets): its type and its object's words.</summary>
    public List<(int Type, string[] Tail)> GapTails { get; } = [];

    /// <summary>How many words may stand between a gapped verb and its object.</summary>
    public const int MaxGap = 4;

    private void Add(IEnumerable<string> phrases, EventCue cue)
    {
        foreach (var phrase in phrases)
        {
            if (phrase.Split('…') is [var head, var tail] && cue.Kind == CueKind.Trigger)
            {
                var headTokens = Tokens.Split(ArabicNormalizer.Normalize(head)).Select(t => t.Value).ToList();
                var tailTokens = Tokens.Split(ArabicNormalizer.Normalize(tail)).Select(t => t.Value).ToArray();
                if (headTokens.Count > 0 && tailTokens.Length > 0)
                {
                    GapHeads.Add(headTokens, GapTails.Count);
                    GapTails.Add((cue.Type, tailTokens));
                }
                continue;
            }
            var tokens = Tokens.Split(ArabicNormalizer.Normalize(phrase)).Select(t => t.Value).ToList();
            if (tokens.Count > 0)
            {
                Trie.Add(tokens, cue);
            }
        }
    }

    private static HashSet<string> Set(IEnumerable<string> words) =>
        new(words.Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);

    /// <summary>True when the word, or the word without its proclitics, is in the set.</summary>
    public static bool Has(HashSet<string> set, string word) =>
        Proclitics.AnyIn(set.GetAlternateLookup<ReadOnlySpan<char>>(), word);
}
