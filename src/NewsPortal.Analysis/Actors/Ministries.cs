using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Actors;

/// <summary>
/// The ministries of the gazetteer by field and state, read from their names: "وزارة العمل الروسية"
/// is the field "العمل" of Russia. The press drops the state when the article has just named it
/// ("وزارة الداخلية الروسية ... وزارة العمل") and says "الوزارة" for the ministry it last named.
/// </summary>
internal sealed class Ministries
{
    public const int MaxFieldWords = 4;

    // field words ("العمل", "الخارجيه") → state own id → the ministry
    private readonly Dictionary<string, Dictionary<string, ActorEntry>> byField = new(StringComparer.Ordinal);
    private readonly HashSet<string> ids = new(StringComparer.Ordinal);

    private Ministries()
    {
    }

    // sending state own id → its embassies with the states they are in
    private readonly Dictionary<string, List<(ActorEntry Embassy, HashSet<string> Hosts)>> embassies = new(StringComparer.Ordinal);

    public bool IsEmpty => byField.Count == 0 && embassies.Count == 0;

    public bool IsEmbassy(ActorEntry entry) => entry.Country is { } c && embassies.TryGetValue(c, out var of) && of.Any(x => x.Embassy.Id == entry.Id);

    /// <summary>The one embassy of <paramref name="state"/> in a state the article names; null when none or several.</summary>
    public ActorEntry? EmbassyOf(string? state, IReadOnlySet<string> statesNamed)
    {
        if (state is null || !embassies.TryGetValue(state, out var of))
        {
            return null;
        }
        var fits = of.Where(x => x.Hosts.Overlaps(statesNamed)).Select(x => x.Embassy).Distinct().ToList();
        return fits.Count == 1 ? fits[0] : null;
    }

    /// <summary>True for an organisation whose name starts with "وزارة".</summary>
    public bool IsMinistry(ActorEntry entry) => ids.Contains(entry.Id);

    public ActorEntry? Find(string field, string? state) =>
        state is not null && byField.TryGetValue(field, out var of) && of.TryGetValue(state, out var e) ? e : null;

    /// <summary>The longest field of a known ministry that tokens[from..] spell, joined by spaces; 0 words when none.</summary>
    public (string Field, int Words) FieldAt(IReadOnlyList<Token> tokens, int from)
    {
        for (var n = Math.Min(MaxFieldWords, tokens.Count - from); n >= 1; n--)
        {
            var ok = true;
            for (var k = from; k < from + n && ok; k++)
            {
                ok = tokens[k].JoinsPrevious;
            }
            if (!ok)
            {
                continue;
            }
            var field = string.Join(' ', Enumerable.Range(from, n).Select(k => tokens[k].Value));
            if (byField.ContainsKey(field))
            {
                return (field, n);
            }
        }
        return ("", 0);
    }

    /// <summary>The state whose nisba starts at tokens[at] ("الروسيه", "الكوريه الشماليه"), with the words it takes.</summary>
    public static (ActorEntry State, int Words)? NisbaAt(Gazetteer gazetteer, IReadOnlyList<Token> tokens, int at)
    {
        for (var n = Math.Min(2, tokens.Count - at); n >= 1; n--)
        {
            var key = Enumerable.Range(at, n).Select(k => tokens[k].Value).ToList();
            foreach (var t in gazetteer.Trie.Lookup(key) ?? [])
            {
                if (t.Form == MentionForm.Nisba && gazetteer[t.Entry].Kind == ActorKinds.Country)
                {
                    return (gazetteer[t.Entry], n);
                }
            }
        }
        return null;
    }

    public static Ministries Build(Gazetteer gazetteer)
    {
        var table = new Ministries();
        foreach (var e in gazetteer.Actors)
        {
            if (e.Kind != ActorKinds.Organization)
            {
                continue;
            }
            table.AddEmbassy(gazetteer, e);
            foreach (var name in e.NamesAr ?? [])
            {
                var tokens = Tokens.Split(ArabicNormalizer.Normalize(name));
                if (tokens.Count < 2 || tokens[0].Value != "وزاره")
                {
                    continue;
                }
                table.ids.Add(e.Id);
                if (e.Country is null || tokens.Count < 3)
                {
                    continue;
                }
                // "وزارة العمل الروسية": the words between "وزارة" and the state's nisba are the field.
                for (var n = 1; n <= 2 && tokens.Count - n >= 2; n++)
                {
                    if (NisbaAt(gazetteer, tokens, tokens.Count - n) is { } nisba && nisba.Words == n && nisba.State.Id == e.Country)
                    {
                        var field = string.Join(' ', tokens.Skip(1).Take(tokens.Count - 1 - n).Select(t => t.Value));
                        if (!table.byField.TryGetValue(field, out var of))
                        {
                            table.byField[field] = of = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
                        }
                        of.TryAdd(e.Country, e);
                        break;
                    }
                }
            }
        }
        return table;
    }

    /// <summary>"السفارة الروسية في بيونغ يانغ": an embassy of its state, in the states its names place it.</summary>
    private void AddEmbassy(Gazetteer gazetteer, ActorEntry e)
    {
        if (e.Country is null)
        {
            return;
        }
        var hosts = new HashSet<string>(StringComparer.Ordinal);
        foreach (var name in e.NamesAr ?? [])
        {
            var tokens = Tokens.Split(ArabicNormalizer.Normalize(name));
            if (tokens.Count < 2 || tokens[0].Value is not ("السفاره" or "سفاره"))
            {
                continue;
            }
            // Past "السفارة": the whole name would match the embassy itself.
            foreach (var match in gazetteer.Trie.Scan(tokens[1..]))
            {
                foreach (var t in match.Targets)
                {
                    var place = gazetteer[t.Entry];
                    var state = place.Kind == ActorKinds.Country ? place.Id : place.Kind == ActorKinds.Location ? place.Country : null;
                    if (state is not null && state != e.Country && t.Form is MentionForm.Name or MentionForm.Nisba)
                    {
                        hosts.Add(state);
                    }
                }
            }
        }
        if (hosts.Count > 0)
        {
            if (!embassies.TryGetValue(e.Country, out var of))
            {
                embassies[e.Country] = of = [];
            }
            of.Add((e, hosts));
        }
    }
}

/// <summary>
/// Ministries and embassies named without their state: a bare "وزارة الدفاع" is the ministry of that field of
/// the state whose ministry or minister the article named last, else of the only state named in its
/// sentence; "الوزارة" is the ministry named last; "السفارة" (or "السفارة الروسية") is the embassy named
/// last, else that state's one embassy in a state the article names. Nothing is guessed when no such ministry or embassy is known.
/// </summary>
internal static class MinistryReferences
{
    private static readonly HashSet<string> MinisterHeads = ["وزير", "وزيره", "الوزير", "الوزيره"];

    public static List<TaggedMention> Find(Gazetteer gazetteer, NormalizedText normalized, IReadOnlyList<Token> tokens, string original,
        IReadOnlyList<TaggedMention> mentions)
    {
        var found = new List<TaggedMention>();
        var table = gazetteer.Ministries;
        if (table.IsEmpty)
        {
            return found;
        }
        var covered = new bool[tokens.Count];
        var starting = new Dictionary<int, List<TaggedMention>>();
        foreach (var m in mentions)
        {
            for (var k = m.First; k <= m.Last && k < covered.Length; k++)
            {
                covered[k] = true;
            }
            if (!starting.TryGetValue(m.First, out var list))
            {
                starting[m.First] = list = [];
            }
            list.Add(m);
        }
        ActorEntry? lastMinistry = null;
        string? lastState = null;
        HashSet<string>? statesNamed = null;
        ActorEntry? lastEmbassy = null;
        for (var i = 0; i < tokens.Count; i++)
        {
            if (starting.TryGetValue(i, out var here))
            {
                foreach (var m in here)
                {
                    if (table.IsMinistry(m.Entry))
                    {
                        (lastMinistry, lastState) = (m.Entry, m.Entry.Country ?? lastState);
                    }
                    else if (table.IsEmbassy(m.Entry))
                    {
                        lastEmbassy = m.Entry;
                    }
                }
            }
            var word = tokens[i].Value;
            if (!word.Contains("وزير", StringComparison.Ordinal) && !word.Contains("وزار", StringComparison.Ordinal) && !word.Contains("سفار", StringComparison.Ordinal))
            {
                continue; // most words: no strips to build
            }
            foreach (var (form, prefix) in Proclitics.Strips(word))
            {
                if (MinisterHeads.Contains(form))
                {
                    // "وزير الخارجية الروسي": the state and its ministry of that field become the context.
                    var (field, words) = table.FieldAt(tokens, i + 1);
                    if (words > 0 && Ministries.NisbaAt(gazetteer, tokens, i + 1 + words) is { } nisba && tokens[i + 1 + words].JoinsPrevious)
                    {
                        (lastMinistry, lastState) = (table.Find(field, nisba.State.Id), nisba.State.Id);
                    }
                    break;
                }
                if (covered[i])
                {
                    break;
                }
                if (form == "وزاره")
                {
                    var (field, words) = table.FieldAt(tokens, i + 1);
                    var next = i + 1 + words;
                    if (words == 0 || OtherStateFollows(gazetteer, tokens, next))
                    {
                        break;
                    }
                    var state = lastState is not null && table.Find(field, lastState) is not null ? lastState : OnlyStateOfSentence(normalized, tokens, i, mentions);
                    if (table.Find(field, state) is { } ministry)
                    {
                        found.Add(Mention(ministry, normalized, tokens, original, i, next - 1, prefix));
                        (lastMinistry, lastState) = (ministry, state);
                    }
                    break;
                }
                if (form == "الوزاره" && lastMinistry is { } last && !OtherStateFollows(gazetteer, tokens, i + 1))
                {
                    found.Add(Mention(last, normalized, tokens, original, i, i, prefix));
                    break;
                }
                if (form == "السفاره" && !PlaceFollows(gazetteer, tokens, i + 1))
                {
                    // "السفارة الروسية" (or "السفارة" after a Russian ministry): Russia's one embassy in a state the article names.
                    var nisba = i + 1 < tokens.Count && tokens[i + 1].JoinsPrevious ? Ministries.NisbaAt(gazetteer, tokens, i + 1) : null;
                    var words = nisba?.Words ?? 0;
                    if (nisba is null && OtherStateFollows(gazetteer, tokens, i + 1))
                    {
                        break;
                    }
                    statesNamed ??= StatesNamed(mentions);
                    var embassy = lastEmbassy is not null && (nisba is null || nisba.Value.State.Id == lastEmbassy.Country)
                        ? lastEmbassy
                        : table.EmbassyOf(nisba?.State.Id ?? lastState, statesNamed);
                    if (embassy is not null && !PlaceFollows(gazetteer, tokens, i + 1 + words))
                    {
                        found.Add(Mention(embassy, normalized, tokens, original, i, i + words, prefix));
                        lastEmbassy = embassy;
                    }
                    break;
                }
            }
        }
        return found;
    }

    /// <summary>"وزارة الخارجية الأمريكية", "وزارة الدفاع في اليابان": the ministry of a state the table does not hold.</summary>
    private static bool OtherStateFollows(Gazetteer gazetteer, IReadOnlyList<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].JoinsPrevious
        && (tokens[next].Value is "في" or "لدي" || Ministries.NisbaAt(gazetteer, tokens, next) is not null);

    /// <summary>"السفارة الروسية في سيول": a place named after it says which embassy; the gazetteer's full names handle those.</summary>
    private static bool PlaceFollows(Gazetteer gazetteer, IReadOnlyList<Token> tokens, int next) =>
        next < tokens.Count && tokens[next].JoinsPrevious && tokens[next].Value is "في" or "لدي" or "ب" or "بالعاصمه";

    /// <summary>The states an article names, as countries or through their places.</summary>
    private static HashSet<string> StatesNamed(IReadOnlyList<TaggedMention> mentions)
    {
        var states = new HashSet<string>(StringComparer.Ordinal);
        foreach (var m in mentions)
        {
            if (m.Entry.Kind == ActorKinds.Country)
            {
                states.Add(m.Entry.Id);
            }
            else if (m.Entry.Kind == ActorKinds.Location && m.Entry.Country is { } c)
            {
                states.Add(c);
            }
        }
        return states;
    }

    private static string? OnlyStateOfSentence(NormalizedText normalized, IReadOnlyList<Token> tokens, int at, IReadOnlyList<TaggedMention> mentions)
    {
        var (start, end) = Sentences.Around(normalized.Text, tokens[at].Start, tokens[at].End);
        var states = mentions.Where(m => m.Entry.Kind == ActorKinds.Country && tokens[m.First].Start >= start && tokens[m.First].Start < end)
            .Select(m => m.Entry.Id).Distinct(StringComparer.Ordinal).ToList();
        return states.Count == 1 ? states[0] : null;
    }

    private static TaggedMention Mention(ActorEntry ministry, NormalizedText normalized, IReadOnlyList<Token> tokens, string original, int first, int last, int prefix)
    {
        var (s, e) = normalized.ToSource(tokens[first].Start + prefix, tokens[last].End);
        // "المتحدث باسم الوزارة": the ministry qualifies its spokesperson, who is the one speaking.
        var form = first > 0 && tokens[first].JoinsPrevious && tokens[first - 1].Value is "باسم" or "لسان" ? MentionForm.Qualifier : MentionForm.Name;
        return new TaggedMention(new ActorMention(ministry.Id, s, e, original[s..e], form), ministry, first, last);
    }
}
