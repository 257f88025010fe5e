using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>
/// When an event stands against the day's news: recalled background ("وكان … قد"), an earlier
/// occurrence named by "للمرة الأولى منذ"، and a following "وجاء ذلك خلال …" that gives the day.
/// </summary>
internal static class EventTime
{
    /// <summary>
    /// "وجاء ذلك خلال اجتماعه مع …، الجمعة 13 أيلول" places what the sentence before told: its
    /// undated events that happened take the first resolved day of this sentence.
    /// </summary>
    internal static void DateWhatThatWas(List<Token> tokens, Sentence sentence, List<DateSpan> dates, List<Draft> events, int sentenceIndex)
    {
        if (sentence.LastToken - sentence.FirstToken < 3 || tokens[sentence.FirstToken].Value is not ("وجاء" or "جاء" or "وياتي" or "ياتي")
            || tokens[sentence.FirstToken + 1].Value is not ("ذلك" or "هذا") || tokens[sentence.FirstToken + 2].Value is not ("خلال" or "في" or "اثناء" or "علي" or "عقب"))
        {
            return;
        }
        if (dates.Find(d => d.Mention is { Value: not null, Precision: DatePrecision.Day }) is not { Mention: var day })
        {
            return;
        }
        for (var i = events.Count - 1; i >= 0 && events[i].Sentence >= sentenceIndex - 1; i--)
        {
            if (events[i].Sentence == sentenceIndex - 1 && events[i].Mention is { Date: null, Status: EventStatus.Happened })
            {
                events[i].Mention = events[i].Mention with { Date = day.Value, DatePrecision = DatePrecision.Day };
            }
        }
    }

    /// <summary>
    /// "زار … للمرة الأولى منذ عام 2000" tells of a visit in 2000 too: background dated at its
    /// precision, an event of its own beside the news.
    /// </summary>
    internal static IEnumerable<Draft> EarlierOccurrences(List<Draft> drafts, List<DateSpan> dates, List<Token> tokens, Sentence sentence)
    {
        foreach (var d in dates)
        {
            if (d.Mention.Value is null || d.Mention.Precision is not (DatePrecision.Year or DatePrecision.Month))
            {
                continue;
            }
            var k = sentence.FirstToken;
            while (k < sentence.LastToken && tokens[k].End <= d.Start)
            {
                k++;
            }
            var since = k - 1 >= sentence.FirstToken && tokens[k - 1].Value is "منذ" ? k - 1 : k < sentence.LastToken && tokens[k].Value is "منذ" ? k : -1;
            if (since < sentence.FirstToken + 1 || !FirstTime(tokens, since))
            {
                continue;
            }
            var news = drafts.FirstOrDefault(x => !x.Earlier && !Happenings.IsSpeech(x.Mention.Type) && x.Mention.TriggerStart < d.Mention.Start);
            if (news is not null)
            {
                var m = news.Mention;
                yield return new Draft(m with { Date = d.Mention.Value, DatePrecision = d.Mention.Precision, Status = EventStatus.Happened }, news.Sentence, anaphoric: false)
                {
                    Earlier = true,
                };
            }
        }
    }

    /// <summary>
    /// "بعد يوم من انتهاء القمة", "قبل يومين من الزيارة", "في اليوم التالي للقمة", "في اليوم السابق":
    /// a day counted from a happening the article has already dated. The phrase becomes a date of
    /// the sentence, so it governs the verb of its own clause: the day of the latest earlier event
    /// of the kind it names (of any kind when it names none), moved by the count. The happening it
    /// names is a reference point there, not a new mention.
    /// </summary>
    internal static void DaysFromEarlier(EventLexicon lexicon, ArticleText article, Sentence sentence, List<TrieMatch<EventCue>> cues, List<Draft> events, List<DateSpan> dates)
    {
        var tokens = article.Tokens;
        var added = false;
        for (var k = sentence.FirstToken; k + 1 < sentence.LastToken; k++)
        {
            var w = tokens[k].Value;
            int sign, days, next;
            if (w is "بعد" or "وبعد" or "قبل" or "وقبل")
            {
                sign = w.EndsWith("بعد", StringComparison.Ordinal) ? 1 : -1;
                (days, next) = Count(tokens, k + 1, sentence.LastToken);
                if (days < 0 || next >= sentence.LastToken || tokens[next].Value != "من")
                {
                    continue;
                }
                next++;
            }
            else if (w == "اليوم" && k > sentence.FirstToken && tokens[k - 1].Value is "في" or "وفي" && tokens[k + 1].Value is "التالي" or "السابق")
            {
                (sign, days, next) = (tokens[k + 1].Value == "التالي" ? 1 : -1, 1, k + 2);
            }
            else
            {
                continue;
            }
            var named = cues.FindIndex(c => c.First >= next && c.First <= next + 2 && c.Targets.Any(t => t.Kind == CueKind.Trigger));
            var family = named < 0 ? null : Happenings.Family(lexicon.Types[cues[named].Targets.First(t => t.Kind == CueKind.Trigger).Type].Type);
            if (named >= 0 && family is null)
            {
                continue;
            }
            var anchor = events.FindLast(e => !e.Earlier && e.Mention is { DatePrecision: DatePrecision.Day, Date: { Length: 10 } }
                && (family is null || Happenings.Family(e.Mention.Type) == family));
            if (anchor is null || !IsoDates.TryParse(anchor.Mention.Date, out var from, out _, out _))
            {
                continue;
            }
            var last = named >= 0 ? cues[named].Last : next - 1;
            var (start, end) = (tokens[k].Start, tokens[last].End);
            var (oStart, oEnd) = article.Normalized.ToSource(start, end);
            dates.Add(new DateSpan(start, end, new DateMention(article.Original[oStart..oEnd], DateExpressions.Iso(from.AddDays(sign * days)), DatePrecision.Day, oStart, oEnd, IsRelative: true)));
            if (named >= 0)
            {
                cues.RemoveAt(named);
            }
            added = true;
            k = last;
        }
        if (added)
        {
            dates.Sort((a, b) => a.Start.CompareTo(b.Start));
        }
    }

    /// <summary>How many days "يوم", "يومين", "3 أيام", "أسبوع", "ساعات" count, and the word after them; -1 when none.</summary>
    private static (int Days, int Next) Count(List<Token> tokens, int k, int last)
    {
        var w = tokens[k].Value;
        if (int.TryParse(w, out var n) && n is > 0 and < 60 && k + 1 < last && tokens[k + 1].Value is "ايام" or "يوما" or "يوم")
        {
            return (n, k + 2);
        }
        return w switch
        {
            "يوم" or "يوما" => (1, k + 1),
            "يومين" => (2, k + 1),
            "اسبوع" or "اسبوعا" => (7, k + 1),
            "اسبوعين" => (14, k + 1),
            "ساعات" or "ساعه" or "ساعتين" => (0, k + 1),
            _ => (-1, k),
        };
    }

    /// <summary>
    /// A weekday named alone ("أعلن الثلاثاء"، "قمة يوم الجمعة") is the nearest such day on the side
    /// the act stands: what happened is not after the publish day, what is to come not before it.
    /// </summary>
    internal static DateMention? OnItsSide(DateMention? date, EventStatus status, DateOnly? published)
    {
        if (date is not { IsRelative: true, Precision: DatePrecision.Day, Value: { Length: 10 } value } || published is not { } p
            || status is not (EventStatus.Happened or EventStatus.Planned) || !WeekdayAlone(date.Text)
            || !IsoDates.TryParse(value, out var day, out _, out _))
        {
            return date;
        }
        var moved = status == EventStatus.Happened && day > p ? day.AddDays(-7)
            : status == EventStatus.Planned && day < p ? day.AddDays(7) : day;
        return moved == day ? date : date with { Value = DateExpressions.Iso(moved) };
    }

    /// <summary>
    /// "جاءت التصريحات قبل أيام من عقد قمة …": what the sentence tells came days before the happening
    /// named after "قبل … من (عقد)"; that happening is still to come.
    /// </summary>
    internal static bool DaysBeforeIt(List<Token> tokens, int first, int trigger)
    {
        var k = trigger - 1;
        if (k >= first && tokens[k].Value is "عقد" or "انعقاد" or "موعد" or "اجراء" or "بدء")
        {
            k--;
        }
        if (k - 2 < first || tokens[k].Value != "من" || tokens[k - 2].Value is not ("قبل" or "وقبل"))
        {
            return false;
        }
        return tokens[k - 1].Value is "ايام" or "اسبوع" or "اسبوعين" or "اسابيع" or "ساعات" or "يومين" or "شهر" or "شهرين" or "اشهر";
    }

    private static bool WeekdayAlone(string text)
    {
        var words = Tokens.Split(ArabicNormalizer.Normalize(text));
        return words.Exists(w => AbsoluteDates.WeekdayOf(w.Value.StartsWith("ال", StringComparison.Ordinal) ? w.Value[2..] : w.Value) is not null)
            && !words.Exists(w => w.Value is "امس" or "غدا" or "اليوم" or "الماضي" or "المقبل" or "القادم" or "الماضيه" or "المقبله" or "القادمه");
    }

    /// <summary>
    /// Words before a trigger, or just after it, that place it before the day's news: the pluperfect
    /// "وكان … قد"، "سبق أن"، "في وقت سابق"، "آنذاك" (a "كانت" inside what is said does not).
    /// </summary>
    internal static bool Recalls(List<Token> tokens, int from, int to)
    {
        for (var k = from; k < to; k++)
        {
            if (PastMarkers.Contains(tokens[k].Value))
            {
                return true;
            }
        }
        return false;
    }

    private static readonly HashSet<string> PastMarkers =
        ["كان", "وكان", "كانت", "وكانت", "سبق", "وسبق", "سابق", "سابقا", "انذاك", "حينها", "حينذاك", "وقتها", "وقتذاك", "يذكر", "ويذكر"];

    private static bool FirstTime(List<Token> tokens, int since) =>
        tokens[since - 1].Value is "الاولي" or "مره" || (since >= 2 && tokens[since - 2].Value is "لاول" or "اول");
}
