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
    private static readonly HashSet<string> Then = ["انذاك", "حينها", "حينذاك", "وقتها", "وقتذاك", "انداك"];
    private static readonly HashSet<string> Former = ["السابق", "السابقه", "الاسبق", "الاسبقه", "المنتهيه", "الراحل", "الراحله"];

    private static readonly HashSet<string> Locatives =
        ["في", "الي", "علي", "من", "حيث", "مدينه", "العاصمه", "بمدينه", "قرب", "بالقرب", "داخل", "انطلاقا", "غادر", "وصل", "وصوله", "مطار", "ميناء"];

    public static List<ActorMention> Tag(Gazetteer gazetteer, NormalizedText normalized, IReadOnlyList<Token> tokens, string original,
        DateOnly? published = null) =>
        [.. TagTokens(gazetteer, normalized, tokens, original, published).Select(t => t.Mention)];

    /// <summary>
    /// Mentions with their tokens. <paramref name="dayAt"/> gives the day a sentence speaks of ("في عام 2019")
    /// from a position in the normalized text: titles resolve to whoever held them then, else on the publish date.
    /// </summary>
    public static List<TaggedMention> TagTokens(Gazetteer gazetteer, NormalizedText normalized, IReadOnlyList<Token> tokens, string original,
        DateOnly? published = null, Func<int, DateOnly?>? dayAt = null)
    {
        var matches = NameShapes.Apply(gazetteer, tokens, gazetteer.Trie.Scan(tokens), normalized.Text);
        var chosen = new int[matches.Count];
        var forms = new MentionForm[matches.Count];
        var lastFull = new Dictionary<int, int>();
        // Entries named in full anywhere, with their first position: context for short names that come first.
        var firstFull = new Dictionary<int, int>();
        for (var m = 0; m < matches.Count; m++)
        {
            var targets = matches[m].Targets;
            if (Unambiguous(targets) is { } only && only.Form is not (MentionForm.ShortName or MentionForm.Title))
            {
                firstFull.TryAdd(only.Entry, m);
            }
        }
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var target = HasTitle(match.Targets)
                ? Holder(gazetteer, match, tokens, dayAt?.Invoke(tokens[match.First].Start) ?? published)
                : Choose(gazetteer, match, tokens, lastFull, firstFull, dayAt?.Invoke(tokens[match.First].Start) ?? published);
            chosen[m] = target?.Entry ?? -1;
            if (target is { } t)
            {
                forms[m] = t.Form;
                if (t.Form is not (MentionForm.ShortName or MentionForm.Title) && match.Targets.Count == 1)
                {
                    lastFull[t.Entry] = m;
                }
            }
        }
        var mentions = new List<TaggedMention>();
        for (var m = 0; m < matches.Count; m++)
        {
            var match = matches[m];
            var isTitle = HasTitle(match.Targets);
            // "الرئيس الروسي فلاديمير بوتين": the name that follows is the mention, not the title;
            // the title's nisba still names the country, as it did before titles were known.
            var nameFollows = m + 1 < matches.Count && chosen[m + 1] >= 0 && matches[m + 1].First == NameAfter(tokens, match.Last)
                && gazetteer[chosen[m + 1]].Kind == ActorKinds.Person;
            if (isTitle && InstitutionInside(gazetteer, match, tokens) is { } inst)
            {
                var (os, oe) = normalized.ToSource(tokens[inst.First].Start + inst.Prefix, tokens[inst.Last].End);
                var org = gazetteer[inst.Target.Entry];
                mentions.Add(new TaggedMention(new ActorMention(org.Id, os, oe, original[os..oe], MentionForm.Qualifier), org, inst.First, inst.Last));
            }
            if (isTitle && (chosen[m] < 0 || nameFollows))
            {
                if (NisbaInside(gazetteer, match, tokens) is { } nisba)
                {
                    var (ns, ne) = normalized.ToSource(tokens[nisba.First].Start, tokens[nisba.Last].End);
                    var country = gazetteer[nisba.Target.Entry];
                    mentions.Add(new TaggedMention(new ActorMention(country.Id, ns, ne, original[ns..ne], MentionForm.Nisba), country, nisba.First, nisba.Last));
                }
                continue;
            }
            if (chosen[m] < 0 || InStreetName(match, tokens) || InWebAddress(match, tokens, normalized.Text)
                || (forms[m] == MentionForm.Nisba && OfAPrivatePerson(match, tokens)))
            {
                continue;
            }
            var (start, end) = normalized.ToSource(tokens[match.First].Start + match.Prefix, tokens[match.Last].End);
            var entry = gazetteer[chosen[m]];
            // "وزير الخارجية الروسية": a ministry's field after "وزير" is the minister's title; it names the state, not the ministry.
            if (entry.Kind == ActorKinds.Organization && AfterMinisterWord(match, tokens))
            {
                if (entry.Country is { } cid && gazetteer.Find(cid) is { } state)
                {
                    mentions.Add(new TaggedMention(new ActorMention(state.Id, start, end, original[start..end], MentionForm.Nisba), state, match.First, match.Last));
                }
                continue;
            }
            mentions.Add(new TaggedMention(new ActorMention(entry.Id, start, end, original[start..end], forms[m]), entry, match.First, match.Last));
            // "موسكو ترحب": the city is tagged, and linked to the state it speaks for, so a search for either finds it.
            if (CityAndState(gazetteer, match.Targets) is { } cs && cs.City.Entry == chosen[m] && gazetteer[cs.State.Entry].Kind == ActorKinds.Country
                && !IsLocative(match, tokens))
            {
                var state = gazetteer[cs.State.Entry];
                mentions.Add(new TaggedMention(new ActorMention(state.Id, start, end, original[start..end], MentionForm.Metonym) { Via = entry.Id },
                    state, match.First, match.Last));
            }
        }
        var tagged = mentions.Count;
        AddParenthesised(gazetteer, normalized, tokens, original, mentions);
        var ministries = MinistryReferences.Find(gazetteer, normalized, tokens, original, mentions);
        return ministries.Count == 0 && mentions.Count == tagged ? mentions : [.. mentions.Concat(ministries).OrderBy(m => m.First)];
    }

    /// <summary>"(كنا)": an abbreviation the data gives in parentheses names its actor only when written in parentheses.</summary>
    private static void AddParenthesised(Gazetteer gazetteer, NormalizedText normalized, IReadOnlyList<Token> tokens, string original, List<TaggedMention> mentions)
    {
        if (gazetteer.Parenthesised.Count == 0)
        {
            return;
        }
        var text = normalized.Text;
        for (var k = 0; k < tokens.Count; k++)
        {
            var t = tokens[k];
            if (t.Start > 0 && text[t.Start - 1] == '(' && t.End < text.Length && text[t.End] == ')'
                && gazetteer.Parenthesised.TryGetValue(t.Value, out var entry) && !mentions.Any(m => m.First <= k && k <= m.Last))
            {
                var (s, e) = normalized.ToSource(t.Start, t.End);
                var actor = gazetteer[entry];
                mentions.Add(new TaggedMention(new ActorMention(actor.Id, s, e, original[s..e], MentionForm.Name), actor, k, k));
            }
        }
    }

    /// <summary>The nisba inside a title ("وزير الدفاع الروسي" → الروسي), found by scanning the title's words.</summary>
    private static (int First, int Last, AliasTarget Target)? NisbaInside(Gazetteer gazetteer, TrieMatch<AliasTarget> title, IReadOnlyList<Token> tokens)
    {
        var words = new List<Token>();
        for (var k = title.First + 1; k <= title.Last; k++)
        {
            words.Add(tokens[k]);
        }
        foreach (var inner in gazetteer.Trie.Scan(words))
        {
            foreach (var t in inner.Targets)
            {
                if (t.Form == MentionForm.Nisba)
                {
                    return (title.First + 1 + inner.First, title.First + 1 + inner.Last, t);
                }
            }
        }
        return null;
    }

    /// <summary>
    /// The institution a title names ("المتحدث باسم الكرملين", "أمين مجلس الأمن الروسي"): an organisation or outlet
    /// inside the title's words. Not after "وزير": "وزير الخارجية الروسي" names the minister's field, not the ministry.
    /// </summary>
    private static (int First, int Last, int Prefix, AliasTarget Target)? InstitutionInside(Gazetteer gazetteer, TrieMatch<AliasTarget> title,
        IReadOnlyList<Token> tokens)
    {
        var head = tokens[title.First].Value;
        if (MinisterHeads.Contains(head[title.Prefix..]) || (title.First < title.Last && MinisterHeads.Contains(tokens[title.First + 1].Value)))
        {
            return null;
        }
        var words = new List<Token>();
        for (var k = title.First + 1; k <= title.Last; k++)
        {
            words.Add(tokens[k]);
        }
        foreach (var inner in gazetteer.Trie.Scan(words))
        {
            foreach (var t in inner.Targets)
            {
                if (t.Form is MentionForm.Name or MentionForm.Metonym && gazetteer[t.Entry].Kind is ActorKinds.Organization or ActorKinds.Media)
                {
                    return (title.First + 1 + inner.First, title.First + 1 + inner.Last, inner.Prefix, t);
                }
            }
        }
        return null;
    }

    private static readonly HashSet<string> MinisterHeads = ["وزير", "وزيره", "الوزير", "الوزيره", "وزيرا"];

    /// <summary>Where a name after a title starts: next word, or past "آنذاك" ("الرئيس الأمريكي آنذاك دونالد ترامب").</summary>
    private static int NameAfter(IReadOnlyList<Token> tokens, int last) =>
        last + 1 < tokens.Count && Then.Contains(tokens[last + 1].Value) ? last + 2 : last + 1;

    /// <summary>
    /// Whoever held the title on the day; nobody when the day is unknown, the holder unclear, or the
    /// title says "former" or "then" (السابق، آنذاك) without a name: the day it refers to is not known.
    /// </summary>
    private static AliasTarget? Holder(Gazetteer gazetteer, TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens, DateOnly? on)
    {
        var targets = match.Targets;
        if (on is not { } day || (match.Last + 1 < tokens.Count && (Then.Contains(tokens[match.Last + 1].Value) || Former.Contains(tokens[match.Last + 1].Value))))
        {
            return null;
        }
        var holders = targets.Where(t => t.Form == MentionForm.Title && t.Role >= 0
            && gazetteer[t.Entry].Roles[t.Role].HeldOn(day)).DistinctBy(t => t.Entry).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    /// <summary>A city that also stands for its state (موسكو): the city, and the state it is the metonym of.</summary>
    private static (AliasTarget City, AliasTarget State)? CityAndState(Gazetteer gazetteer, IReadOnlyList<AliasTarget> targets)
    {
        if (targets.Count != 2)
        {
            return null;
        }
        var place = targets.FirstOrDefault(t => t.Form == MentionForm.Name && gazetteer[t.Entry].Kind == ActorKinds.Location);
        var metonym = targets.FirstOrDefault(t => t.Form == MentionForm.Metonym);
        return place.Form == MentionForm.Name && metonym.Form == MentionForm.Metonym && place != metonym ? (place, metonym) : null;
    }

    private static bool HasTitle(IReadOnlyList<AliasTarget> targets)
    {
        for (var i = 0; i < targets.Count; i++)
        {
            if (targets[i].Form == MentionForm.Title)
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>The target when all name one entry: its first target of the lowest form (as MinBy picks it).</summary>
    private static AliasTarget? Unambiguous(IReadOnlyList<AliasTarget> targets)
    {
        var best = targets[0];
        for (var i = 1; i < targets.Count; i++)
        {
            var t = targets[i];
            if (t.Entry != best.Entry)
            {
                return null;
            }
            if ((int)t.Form < (int)best.Form)
            {
                best = t;
            }
        }
        return best;
    }

    private static AliasTarget? Choose(Gazetteer gazetteer, TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens,
        Dictionary<int, int> lastFull, Dictionary<int, int> firstFull, DateOnly? on)
    {
        var targets = match.Targets;
        if (Unambiguous(targets) is { } only)
        {
            if (only.Form != MentionForm.ShortName)
            {
                return only;
            }
            return lastFull.ContainsKey(only.Entry) || firstFull.ContainsKey(only.Entry) || AfterTitleWord(match, tokens) ? only : null;
        }
        // A place that is also a metonym: the preposition decides.
        if (CityAndState(gazetteer, targets) is { } cs)
        {
            // The Kremlin is the venue after "في" and the presidency otherwise; a capital is always the city.
            return gazetteer[cs.State.Entry].Kind == ActorKinds.Country || IsLocative(match, tokens) ? cs.City : cs.State;
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
        best ??= TitledHolder(gazetteer, match, tokens, on);
        return best is { } b ? b with { Form = MentionForm.ShortName } : null;
    }

    /// <summary>
    /// "الزعيم كيم" with no full name in the article: of the actors the short name may stand for, the one
    /// whose role on the day is called by that title word ("الزعيم الكوري الشمالي"); nobody when not exactly one.
    /// </summary>
    private static AliasTarget? TitledHolder(Gazetteer gazetteer, TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens, DateOnly? on)
    {
        if (on is not { } day || !AfterTitleWord(match, tokens))
        {
            return null;
        }
        var word = tokens[match.First - 1].Value;
        var holders = match.Targets.Where(t => t.Form == MentionForm.ShortName
            && gazetteer[t.Entry].Roles.Any(r => r.HeldOn(day) && (r.TitlesAr ?? []).Any(title => StartsWithWord(ArabicNormalizer.Normalize(title), word))))
            .DistinctBy(t => t.Entry).ToList();
        return holders.Count == 1 ? holders[0] : null;
    }

    private static bool StartsWithWord(string text, string word) =>
        text.StartsWith(word, StringComparison.Ordinal) && (text.Length == word.Length || text[word.Length] == ' ');

    /// <summary>"الزعيم كيم", "الرئيس بوتين": a bare title word before a short name says who is meant.</summary>
    private static bool AfterTitleWord(TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens) =>
        match.First > 0 && match.Prefix == 0 && tokens[match.First].JoinsPrevious && TitleWords.Contains(tokens[match.First - 1].Value);

    private static readonly HashSet<string> TitleWords =
        ["الزعيم", "الرئيس", "الوزير", "الوزيره", "الجنرال", "الماريشال", "المارشال", "السيد", "السيده", "الرفيق", "المستشار", "المستشاره", "السفير", "السفيره", "الامير", "الملك", "الشيخ"];

    private static bool AfterMinisterWord(TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens) =>
        match.First > 0 && match.Prefix == 0 && tokens[match.First].JoinsPrevious && MinisterHeads.Contains(tokens[match.First - 1].Value)
        && !tokens[match.First].Value.StartsWith("وزار", StringComparison.Ordinal);

    /// <summary>
    /// "لاعبه التونسي", "الدوري السعودي", "شركة بريطانية", "الحقبة السوفيتية": a player's, league's, company's, ship's
    /// or era's nationality is not the state acting; nor is "ذراعه اليمنى" (his right arm) Yemen.
    /// </summary>
    private static bool OfAPrivatePerson(TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens)
    {
        if (NationalityAsNoun(match, tokens))
        {
            return true;
        }
        if (match.First == 0 || match.Prefix > 0 || !tokens[match.First].JoinsPrevious)
        {
            return false;
        }
        var before = tokens[match.First - 1].Value;
        if (before.Length > 3 && before[0] == 'و')
        {
            before = SportsWords.Contains(before) ? before : before[1..]; // "وذراعه", "والشركة"
        }
        return SportsWords.Contains(before) || (before.Length > 4 && before[^1] == 'ه' && SportsWords.Contains(before[..^1]));
    }

    /// <summary>
    /// "إلى البرازيلي كارلوس", "غياب الأرجنتيني لوكاس": a nisba standing as a noun after a preposition, right
    /// before a name, is that person's nationality; a state's official has his title before it ("الرئيس البرازيلي لولا").
    /// </summary>
    private static bool NationalityAsNoun(TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens)
    {
        if (match.First == 0 || match.First != match.Last || match.Prefix > 0 || !tokens[match.First].JoinsPrevious
            || match.Last + 1 >= tokens.Count || !tokens[match.Last + 1].JoinsPrevious
            || !NounPrepositions.Contains(tokens[match.First - 1].Value))
        {
            return false;
        }
        var next = tokens[match.Last + 1].Value;
        return next.Length >= 3 && !next.StartsWith("ال", StringComparison.Ordinal) && char.IsLetter(next[0]) && next[0] >= 0x0600
            && !GazetteerCheck.CommonWords.Contains(next);
    }

    private static readonly HashSet<string> NounPrepositions =
        [.. new[] { "إلى", "من", "عن", "على", "مع", "بين", "غياب", "ضد", "أمام", "مثل", "بمشاركة", "بقيادة" }.Select(ArabicNormalizer.Normalize)];

    private static readonly HashSet<string> SportsWords =
        [
            "لاعب", "اللاعب", "مهاجم", "المهاجم", "مدافع", "المدافع", "حارس", "الحارس", "مدرب", "المدرب", "زميل", "النجم", "الدوري", "نادي", "النادي",
            "فريق", "الفريق", "لاعبو", "لاعبي",
            "شركه", "الشركه", "شركات", "الشركات", "سفينه", "السفينه", "ناقله", "الناقله",
            "الحقبه", "حقبه", "العصر", "الحقب",
            "ذراع", "الذراع", "يد", "اليد", "يده", "يدها", "ساق", "الساق", "جناح", "الجناح",
        ];

    /// <summary>"pic.twitter.com", "rt.com/news": a Latin name inside a web address is not the outlet being named.</summary>
    private static bool InWebAddress(TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens, string text)
    {
        var first = tokens[match.First];
        var last = tokens[match.Last];
        if (!char.IsAsciiLetter(first.Value[0]))
        {
            return false;
        }
        var before = first.Start > 0 ? text[first.Start - 1] : ' ';
        var after = last.End < text.Length ? text[last.End] : ' ';
        var afterNext = last.End + 1 < text.Length ? text[last.End + 1] : ' ';
        return before is '.' or '/' or '@' || (after is '.' && char.IsAsciiLetter(afterNext)) || after is '/';
    }

    /// <summary>"شارع موسكو", "طريق مينسك السريع": a name that names a street or road is neither the city nor its state.</summary>
    private static bool InStreetName(TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens)
    {
        if (match.First == 0 || match.Prefix > 0 || !tokens[match.First].JoinsPrevious)
        {
            return false;
        }
        var before = tokens[match.First - 1].Value;
        return before is "شارع" or "بشارع" or "جاده" or "بجاده"
            || (before is "طريق" && !(match.First > 1 && tokens[match.First - 2].Value == "عن"));
    }

    private static bool IsLocative(TrieMatch<AliasTarget> match, IReadOnlyList<Token> tokens)
    {
        if (match.First == 0 && (match.Last + 1 >= tokens.Count || !tokens[match.Last + 1].JoinsPrevious))
        {
            return true; // a dateline: "موسكو - (أ ف ب) -"; a headline's first word ("الكرملين يعلن") is not one
        }
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
