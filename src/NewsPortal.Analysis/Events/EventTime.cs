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
