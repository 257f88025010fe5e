using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Actors;

/// <summary>
/// Tags actor mentions in one article: one trie pass, then the choices a key alone cannot make.
/// A short or shared name goes to the actor last named in full before it (else after it), or is
/// left out; a word that is both a place and a metonym (موسكو) is the place after a locative
/// preposition and the government otherwise.
/// </summary>
internal static class ActorTagger
{
    private static readonly HashSet<string> Locatives =
        ["في", "الي", "علي", "من", "حيث", "مدينه", "العاصمه", "بمدينه", "قرب", "بالقرب", "داخل", "انطلاقا", "غادر", "وصل", "وصوله", "مطار", "ميناء"];

    public static List<ActorMention> Tag(Gazetteer gazetteer, NormalizedText normalized, IReadOnlyList<Token> tokens, string original) =>
        [.. TagTokens(gazetteer, normalized, tokens, original).Select(t => t.Mention)];

    public static List<TaggedMention> TagTokens(Gazetteer gazetteer, NormalizedText normalized, IReadOnlyList<Token> tokens, string original)
    {
        var matches = gazetteer.Trie.Scan(tokens);
        var chosen = new int[matches.Count];
        var forms = new MentionForm[matches.Count];
        var lastFull = new Dictionary<int, int>();
        // Entries named in full anywhere, with their first position: context for short names that come first.
        var firstFull = new Dictionary<int, int>();
        for (var m = 0; m < matches.Count; m++)
        {
            var targets = matches[m].Targets;
            if (Unambiguous(targets) is { } only && only.Form != MentionForm.ShortName)
            {
                firstFull.TryAdd(only.Entry, m);
            }
        }
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var target = Choose(gazetteer, match, tokens, lastFull, firstFull);
            chosen[m] = target?.Entry ?? -1;
            if (target is { } t)
            {
                forms[m] = t.Form;
                if (t.Form != MentionForm.ShortName && match.Targets.Count == 1)
                {
                    lastFull[t.Entry] = m;
                }
            }
        }
        var mentions = new List<TaggedMention>();
        for (var m = 0; m < matches.Count; m++)
        {
            if (chosen[m] < 0)
            {
                continue;
            }
            var match = matches[m];
            var (start, end) = normalized.ToSource(tokens[match.First].Start + match.Prefix, tokens[match.Last].End);
            var entry = gazetteer[chosen[m]];
            mentions.Add(new TaggedMention(new ActorMention(entry.Id, start, end, original[start..end], forms[m]), entry, match.First, match.Last));
        }
        return mentions;
    }

    private static AliasTarget? Unambiguous(IReadOnlyList<AliasTarget> targets)
    {
        var first = targets[0];
        return targets.All(t => t.Entry == first.Entry) ? targets.MinBy(t => (int)t.Form) : null;
    }

    private static AliasTarget? Choose(Gazetteer gazetteer, TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens,
        Dictionary<int, int> lastFull, Dictionary<int, int> firstFull)
    {
        var targets = match.Targets;
        if (Unambiguous(targets) is { } only)
        {
            if (only.Form != MentionForm.ShortName)
            {
                return only;
            }
            return lastFull.ContainsKey(only.Entry) || firstFull.ContainsKey(only.Entry) ? only : null;
        }
        // A place that is also a metonym: the preposition decides.
        var place = targets.Where(t => t.Form == MentionForm.Name && gazetteer[t.Entry].Kind == ActorKinds.Location)
            .Select(t => (AliasTarget?)t).FirstOrDefault();
        var metonym = targets.Where(t => t.Form == MentionForm.Metonym).Select(t => (AliasTarget?)t).FirstOrDefault();
        if (targets.Count == 2 && place is { } p && metonym is { } mt)
        {
            return IsLocative(match, tokens) ? p : mt;
        }
        // Shared or short names: the most recent full mention before, else the first after.
        AliasTarget? best = null;
        var bestPos = int.MinValue;
        foreach (var t in targets)
        {
            if (lastFull.TryGetValue(t.Entry, out var pos) && pos > bestPos)
            {
                best = t;
                bestPos = pos;
            }
        }
        if (best is null)
        {
            var after = targets.Where(t => firstFull.ContainsKey(t.Entry)).ToList();
            if (after.Count == 1)
            {
                best = after[0];
            }
        }
        return best is { } b ? b with { Form = MentionForm.ShortName } : null;
    }

    private static bool IsLocative(TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens)
    {
        var word = tokens[match.First].Value;
        if (match.Prefix > 0 && word[match.Prefix - 1] == 'ب')
        {
            return true; // بموسكو "in Moscow"
        }
        // "كل من طوكيو وسيول" is "both Tokyo and Seoul", not "from Tokyo".
        if (match.First > 0 && Locatives.Contains(tokens[match.First - 1].Value)
            && !(match.First > 1 && tokens[match.First - 1].Value == "من" && tokens[match.First - 2].Value == "كل"))
        {
            return true;
        }
        // "العاصمة الكورية الشمالية بيونغيانغ": a place named in apposition to "the capital".
        for (var i = match.First - 1; i >= Math.Max(0, match.First - 4); i--)
        {
            if (tokens[i].Value is "العاصمه" or "مدينه" or "بمدينه" or "للعاصمه" or "بالعاصمه")
            {
                return true;
            }
        }
        return false;
    }
}

/// <summary>A mention with its entry and the tokens [First, Last] it covers, for later stages.</summary>
internal sealed record TaggedMention(ActorMention Mention, ActorEntry Entry, int First, int Last);
