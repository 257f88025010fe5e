using NewsPortal.Analysis.Actors;
using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>Everything the event stage reads about one article body.</summary>
internal sealed record ArticleText(string Original, NormalizedText Normalized, List<Token> Tokens,
    List<TaggedMention> Mentions, List<DateSpan> Dates, DateOnly? Published = null);

/// <summary>One sentence of the body: its tokens [FirstToken, LastToken) and its span in the normalized text.</summary>
internal readonly record struct Sentence(int FirstToken, int LastToken, int Start, int End);

/// <summary>
/// Finds events sentence by sentence: trigger words from the lexicon, at least one known actor in
/// the sentence, roles by word order (a mention just before the trigger is its subject, else the
/// first one after it, see <see cref="EventParticipants"/>), status and source from cue words of the same sentence.
/// </summary>
internal static class EventExtractor
{
    // Words that head a doer after a verbal noun ("عبور الزعيم الكوري …", "وصول وفد …").
    private static readonly HashSet<string> AgentHeads =
        ["الزعيم", "زعيم", "الرئيس", "رئيس", "وزير", "وزيره", "الملك", "الامين", "المستشار", "قوات", "القوات", "الجيش", "جيش", "وفد", "الوفد", "السفير", "سفير", "المبعوث", "مبعوث", "حكومه", "الحكومه"];

    private static readonly HashSet<string> Continuations = ["اضاف", "واضاف", "اضافت", "واضافت", "تابع", "وتابع", "تابعت", "وتابعت", "اردف", "واردف", "مضيفا", "مضيفه"];

    public static List<EventMention> Extract(EventLexicon lexicon, ArticleText article)
    {
        var cues = lexicon.Trie.Scan(article.Tokens, future: true);
        var gapHeads = lexicon.GapHeads.Scan(article.Tokens, future: true);
        var gapIndex = 0;
        var events = new List<Draft>();
        var sentenceIndex = 0;
        var tokenIndex = 0;
        var cueIndex = 0;
        var mentionIndex = 0;
        var dateIndex = 0;
        // The lede of a datelined report of the day happened on the publish day.
        var ledeDay = article.Published is { } p && Dateline.Opens(article.Normalized.Text) ? DateExpressions.Iso(p) : null;
        foreach (var (sStart, sEnd) in Sentences.Split(article.Normalized.Text))
        {
            var first = tokenIndex;
            while (tokenIndex < article.Tokens.Count && article.Tokens[tokenIndex].Start < sEnd)
            {
                tokenIndex++;
            }
            var sentence = new Sentence(first, tokenIndex, sStart, sEnd);
            var sentenceCues = Take(cues, ref cueIndex, c => c.First < sentence.LastToken);
            var sentenceHeads = Take(gapHeads, ref gapIndex, c => c.First < sentence.LastToken);
            if (sentenceHeads.Count > 0)
            {
                GappedTriggers.Apply(lexicon, article.Tokens, sentence, sentenceHeads, sentenceCues);
            }
            var mentions = Take(article.Mentions, ref mentionIndex, m => m.First < sentence.LastToken);
            var dates = Take(article.Dates, ref dateIndex, d => d.Start < sEnd);
            if (sentence.FirstToken < sentence.LastToken)
            {
                EventTime.DaysFromEarlier(lexicon, article, sentence, sentenceCues, events, dates);
                foreach (var d in InSentence(lexicon, article, sentence, sentenceIndex, sentenceCues, mentions, dates))
                {
                    if (ledeDay is not null && d.Mention is { Date: null, Status: EventStatus.Happened } && d.ReportedBy is null)
                    {
                        d.Mention = d.Mention with { Date = ledeDay, DatePrecision = DatePrecision.Day };
                    }
                    events.Add(d);
                }
                ledeDay = null;
                EventTime.DateWhatThatWas(article.Tokens, sentence, dates, events, sentenceIndex);
                sentenceIndex++;
            }
        }
        return Happenings.Join(events, article.Published);
    }

    /// <summary>The words of a sentence, read from the token list without copying.</summary>
    private readonly record struct SentenceWords(List<Token> Tokens, int First, int Last)
    {
        public bool Any(Func<string, bool> test)
        {
            for (var k = First; k < Last; k++)
            {
                if (test(Tokens[k].Value))
                {
                    return true;
                }
            }
            return false;
        }
    }

    private static List<T> Take<T>(List<T> items, ref int index, Func<T, bool> inSentence)
    {
        var taken = new List<T>();
        while (index < items.Count && inSentence(items[index]))
        {
            taken.Add(items[index++]);
        }
        return taken;
    }

    private static List<Draft> InSentence(EventLexicon lexicon, ArticleText article, Sentence sentence, int sentenceIndex,
        List<TrieMatch<EventCue>> cues, List<TaggedMention> mentions, List<DateSpan> dates)
    {
        var drafts = new List<Draft>();
        if (cues.Count == 0)
        {
            return drafts; // no trigger, nothing to build
        }
        var words = new SentenceWords(article.Tokens, sentence.FirstToken, sentence.LastToken);
        var flags = new List<(CueKind Kind, int Token)>();
        var triggers = new Dictionary<int, TrieMatch<EventCue>>();
        // Made only when needed: most sentences have no future trigger and no type with a required word.
        HashSet<int>? futureTrigger = null;
        Dictionary<int, bool>? requirementMet = null;
        List<(int Type, TrieMatch<EventCue> Cue)>? repeats = null;
        foreach (var cue in cues)
        {
            foreach (var target in cue.Targets)
            {
                if (target.Kind != CueKind.Trigger)
                {
                    flags.Add((target.Kind, cue.First));
                    continue;
                }
                if (!Required(lexicon, target.Type, words, ref requirementMet)
                    || (lexicon.Types[target.Type].FutureOnly && !IsFuturePrefix(article.Tokens[cue.First].Value, cue.Prefix)
                        && !(cue.First > sentence.FirstToken && article.Tokens[cue.First - 1].Value is "سوف" or "وسوف")))
                {
                    continue;
                }
                if (triggers.ContainsKey(target.Type))
                {
                    (repeats ??= []).Add((target.Type, cue));
                    continue;
                }
                triggers[target.Type] = cue;
                if (IsFuturePrefix(article.Tokens[cue.First].Value, cue.Prefix))
                {
                    (futureTrigger ??= []).Add(target.Type);
                }
            }
        }
        if (triggers.Count == 0)
        {
            return drafts;
        }
        var participants = EventParticipants.Of(mentions);
        // A sentence naming no participant can only add to an event it refers back to.
        if (participants.Count == 0 && !triggers.Values.Any(t => RefersBack(article.Tokens, t, sentence.FirstToken)))
        {
            return drafts;
        }
        var types = lexicon.TypeIndex;
        var dateStarts = DateStarts(article.Tokens, sentence, dates);
        var nameStarts = mentions.Select(m => m.First).ToHashSet();
        var clauses = new Clauses(article.Tokens, article.Normalized.Text, sentence.FirstToken, sentence.LastToken, dateStarts.Contains, nameStarts.Contains);
        var placed = EventDates.Place(dates, article.Tokens, sentence.FirstToken, sentence.LastToken, clauses);
        var triggerClauses = triggers.Values.Select(t => clauses.Of(t.First)).ToHashSet();
        DateMention? DateOf(TrieMatch<EventCue> t)
        {
            var date = EventDates.Governing(placed, article.Tokens, clauses, t.First, triggerClauses.Contains);
            // "شكك ترامب الثلاثاء في احتمال انعقاد القمة": a day right after a verb of the clause is
            // that verb's, not that of a happening named later in its object (a verb joined by و shares it).
            var at = placed.FindIndex(p => ReferenceEquals(p.Date.Mention, date));
            if (at >= 0 && !(t.Prefix > 0 && article.Tokens[t.First].Value[0] is 'و' or 'ف') && placed[at] is { Token: var token, Clause: var clause } && token < t.First && clause == clauses.Of(t.First)
                && cues.Exists(u => u.First < token && clauses.Of(u.First) == clause && u.Targets.Any(x => x.Kind == CueKind.Trigger) && NextTo(article.Tokens, u.Last, token)))
            {
                return null;
            }
            return date;
        }
        // A dated reporting clause (ذكرت وكالة …، الجمعة، أن …; … بحسب ما ذكرت الوكالة الجمعة) is a
        // statement of that day, and it is the statement when the sentence's own verb of saying has no day.
        var hasSaying = triggers.TryGetValue(types["statement"], out var saying);
        if (!hasSaying || DateOf(saying) is null)
        {
            // The verb (ذكرت), not the preposition before it (بحسب ما ذكرت), stands for the report.
            TrieMatch<EventCue>? report = null;
            foreach (var cue in cues)
            {
                if (EventParticipants.IsReporting(cue) && (!hasSaying || cue.First != saying.First) && DateOf(cue) is not null)
                {
                    var preposition = article.Tokens[cue.First].Value is "بحسب" or "وبحسب" or "حسب" or "حسبما" or "وفقا" or "ووفقا" or "وفق" or "نقلا";
                    if (report is null || (!preposition && article.Tokens[report.Value.First].Value is "بحسب" or "وبحسب" or "حسب" or "حسبما" or "وفقا" or "ووفقا" or "وفق" or "نقلا"))
                    {
                        report = cue;
                    }
                }
            }
            if (report is { } r)
            {
                triggers[types["statement"]] = r;
            }
        }
        // A statement is an event of its own when it opens the sentence (وقال الكرملين إن …) or its
        // clause gives its day; elsewhere it only counts when the sentence reports nothing more specific.
        if (triggers.Count > 1 && triggers.TryGetValue(types["statement"], out var said) && said.First - sentence.FirstToken > 2
            && DateOf(said) is null)
        {
            triggers.Remove(types["statement"]);
        }
        // Cooperation that is only denied is one denied event (016); claimed and denied, it stays
        // alleged and the denial is an event of its own.
        var cooperation = triggers.ContainsKey(types["arms_transfer"]) || triggers.ContainsKey(types["military_cooperation"]);
        var claimedAndDenied = cooperation && HasFlag(flags, CueKind.Denied) && HasFlag(flags, CueKind.Alleged);
        if (cooperation && HasFlag(flags, CueKind.Denied) && !claimedAndDenied)
        {
            triggers.Remove(types["denial"]);
        }
        var sanctionsThreat = triggers.ContainsKey(types["sanctions"]) && (HasFlag(flags, CueKind.Threat) || HasFlag(flags, CueKind.Planned)
            || futureTrigger?.Contains(types["sanctions"]) == true);
        if (sanctionsThreat)
        {
            triggers.Remove(types["threat"]);
        }
        // "أبرمتا في يونيو اتفاقية تحل محل المعاهدة الموقعة في 2000": a second trigger of the type in
        // another clause with a day of its own is another happening of that kind.
        var acts = triggers.Select(t => (Type: t.Key, Cue: t.Value)).ToList();
        foreach (var (type, cue) in repeats ?? [])
        {
            // Likewise one inside a clause that describes a noun ("الاتفاقات التي توصل إليها الزعيمان في
            // سبتمبر خلال قمتهما"), dated there while the main one is not.
            if (triggers.TryGetValue(type, out var main) && clauses.Of(cue.First) != clauses.Of(main.First)
                && DateOf(cue) is { } own
                && (DateOf(main) is { } mainDate ? own.Value != mainDate.Value
                    : (InRelative(article.Tokens, clauses, clauses.Of(cue.First)) && !InRelative(article.Tokens, clauses, clauses.Of(main.First)))
                        || clauses.List[clauses.Of(cue.First)].Kind == ClauseKind.Main)
                && !acts.Exists(a => a.Type == type && a.Cue.First != main.First && clauses.Of(a.Cue.First) == clauses.Of(cue.First)))
            {
                acts.Add((type, cue));
            }
        }
        var statusCues = StatusCues.Collect(flags, article.Tokens, sentence.FirstToken, sentence.LastToken);
        var source = EventParticipants.Source(cues, mentions, clauses);
        var (evStart, evEnd) = article.Normalized.ToSource(sentence.Start, sentence.End);
        var raw = article.Original[evStart..evEnd];
        var evidence = raw.Trim();
        evStart += raw.Length - raw.TrimStart().Length;
        TaggedMention? location = null;
        foreach (var m in mentions)
        {
            if (m.Entry.Kind == ActorKinds.Location)
            {
                location = m;
                break;
            }
        }
        EventParticipant? previousActor = null;
        var clauseOf = new List<int>();
        foreach (var (typeIndex, trigger) in acts.OrderBy(t => t.Cue.First))
        {
            var entry = lexicon.Types[typeIndex];
            var type = entry.Type;
            var cameo = entry.Cameo;
            if (type == "sanctions" && sanctionsThreat)
            {
                (type, cameo) = ("sanctions_threat", "1312");
            }
            else if (type == "threat")
            {
                cameo = words.Any(w => EventLexicon.Has(lexicon.Nuclear, w)) ? "1385"
                    : words.Any(w => EventLexicon.Has(lexicon.Military, w)) ? "138" : cameo;
            }
            // A future verb makes planned only what its own clause tells ("أفادت صحيفة … سينمون بأن كيم غادر").
            var triggerClause = clauses.Of(trigger.First);
            var cuesHere = statusCues.FindAll(c => c.Kind != CueKind.FutureVerb || clauses.Of(c.Token) == triggerClause);
            var status = StatusCues.Of(type, trigger.First, futureTrigger?.Contains(typeIndex) == true, cuesHere, ignoreDenial: claimedAndDenied);
            if (status == EventStatus.Denied && type is "arms_transfer" or "military_cooperation")
            {
                cameo = "016";
            }
            if (status == EventStatus.Happened && !Happenings.IsSpeech(type) && EventTime.DaysBeforeIt(article.Tokens, sentence.FirstToken, trigger.First))
            {
                status = EventStatus.Planned;
            }
            var (tStart, tEnd) = article.Normalized.ToSource(article.Tokens[trigger.First].Start + trigger.Prefix, article.Tokens[trigger.Last].End);
            var date = EventTime.OnItsSide(DateOf(trigger), status, article.Published);
            // A verb joined by و/ف to an earlier one (زار … والتقى) shares its subject.
            var coordinated = trigger.Prefix > 0 && article.Tokens[trigger.First].Value[0] is 'و' or 'ف';
            // "بدعوة من بوتين": the agent comes after the preposition.
            var agentFollows = article.Tokens[trigger.Last].Value == "من";
            var roles = EventParticipants.Roles(participants, EventParticipants.RoleAnchor(type, trigger, flags), source.Actor, type, coordinated ? previousActor : null, agentFollows);
            previousActor = roles.Count > 0 ? roles[0] : previousActor;
            var mention = new EventMention(type, cameo, date?.Value, date?.Precision, status, roles,
                location?.Entry.PublicId, source.Text, source.Actor?.PublicId, evidence, evStart, evStart + evidence.Length,
                article.Original[tStart..tEnd], tStart, tEnd);
            var draft = new Draft(mention, sentenceIndex, RefersBack(article.Tokens, trigger, sentence.FirstToken))
            {
                InRelative = InRelative(article.Tokens, clauses, triggerClause),
                TriggerToken = trigger.First,
                NamesItsAgent = nameStarts.Contains(trigger.Last + 1)
                    || (trigger.Last + 1 < sentence.LastToken && AgentHeads.Contains(article.Tokens[trigger.Last + 1].Value)),
                Coordinated = coordinated,
                Continues = type == "statement" && Continuations.Contains(article.Tokens[trigger.First].Value),
                Recalled = EventTime.Recalls(article.Tokens, sentence.FirstToken, Math.Min(sentence.LastToken, trigger.Last + 4)),
            };
            if (type == "statement")
            {
                Tone.Mark(lexicon, article, draft, trigger.Last, flags);
            }
            drafts.Add(draft);
            clauseOf.Add(clauses.Of(trigger.First));
        }
        ReportedSpeech.Link(lexicon, article.Tokens, drafts, clauseOf, clauses);
        ReportedSpeech.GoesOn(drafts);
        drafts.AddRange(EventTime.EarlierOccurrences(drafts, dates, article.Tokens, sentence));
        return drafts;
    }

    /// <summary>Whether the clause, or one it hangs in, describes a noun (الذي، التي…; not حيث, which tells where the outer act happened).</summary>
    private static bool InRelative(List<Token> tokens, Clauses clauses, int clause)
    {
        for (var c = clause; c >= 0; c = clauses.List[c].Parent)
        {
            if (clauses.List[c] is { Kind: ClauseKind.Relative, Start: var opener } && tokens[opener].Value is not ("حيث" or "وحيث"))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>Whether a date at <paramref name="date"/> follows the verb ending at <paramref name="verb"/> with at most its subject between (no preposition).</summary>
    private static bool NextTo(List<Token> tokens, int verb, int date)
    {
        if (date - verb > 6)
        {
            return false;
        }
        for (var k = verb + 1; k < date; k++)
        {
            if (tokens[k].Value is "في" or "علي" or "الي" or "من" or "مع" or "عن" or "خلال" or "بعد" or "قبل" || tokens[k].Value.StartsWith("بال", StringComparison.Ordinal))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>A definite or possessed noun (الزيارة، لقائهما) or one after a demonstrative (هذه القمة) refers back.</summary>
    private static bool RefersBack(List<Token> tokens, TrieMatch<EventCue> trigger, int sentenceFirst)
    {
        var word = tokens[trigger.First].Value;
        var form = word[trigger.Prefix..];
        if (form.StartsWith("ال", StringComparison.Ordinal) || (trigger.Prefix >= 2 && word[..trigger.Prefix].EndsWith("ال", StringComparison.Ordinal)))
        {
            return true;
        }
        if (trigger.First > sentenceFirst && tokens[trigger.First - 1].Value is "هذه" or "هذا" or "تلك" or "ذلك" or "وهذه" or "وهذا")
        {
            return true;
        }
        return form.EndsWith("ته", StringComparison.Ordinal) || form.EndsWith("تهما", StringComparison.Ordinal) || form.EndsWith("تهم", StringComparison.Ordinal)
            || form.EndsWith("ائه", StringComparison.Ordinal) || form.EndsWith("ائهما", StringComparison.Ordinal) || form.EndsWith("اعه", StringComparison.Ordinal)
            || form.EndsWith("اعهما", StringComparison.Ordinal) || form.EndsWith("اته", StringComparison.Ordinal) || form.EndsWith("اتهما", StringComparison.Ordinal);
    }

    /// <summary>Tokens where a date phrase of the sentence begins (its first word opens no clause).</summary>
    private static HashSet<int> DateStarts(List<Token> tokens, Sentence sentence, List<DateSpan> dates)
    {
        var starts = new HashSet<int>();
        var k = sentence.FirstToken;
        foreach (var d in dates)
        {
            while (k < sentence.LastToken && tokens[k].End <= d.Start)
            {
                k++;
            }
            starts.Add(k);
        }
        return starts;
    }

    /// <summary>Whether the sentence has a word the type requires (e.g. a missile for "أطلق"), computed once per type.</summary>
    private static bool Required(EventLexicon lexicon, int type, SentenceWords words, ref Dictionary<int, bool>? cache)
    {
        if (lexicon.Requires[type] is not { } required)
        {
            return true;
        }
        cache ??= [];
        if (!cache.TryGetValue(type, out var met))
        {
            met = words.Any(w => EventLexicon.Has(required, w));
            cache[type] = met;
        }
        return met;
    }

    private static bool HasFlag(List<(CueKind Kind, int Token)> flags, CueKind kind)
    {
        foreach (var f in flags)
        {
            if (f.Kind == kind)
            {
                return true;
            }
        }
        return false;
    }

    private static bool IsFuturePrefix(string word, int prefix) => prefix > 0 && word[prefix - 1] == 'س';
}
