using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>
/// "شدد مجلس الأمن، في 22 ديسمبر، العقوبات": a verb whose act is named by its object, with the
/// subject or a date between them (Arabic puts the verb first). Where the object follows within
/// <see cref="EventLexicon.MaxGap"/> words of the sentence, the verb is a trigger of the object's
/// type and no longer its bare reading (شدد alone says something; ألغت alone writes off a debt).
/// </summary>
internal static class GappedTriggers
{
    public static void Apply(EventLexicon lexicon, List<Token> tokens, Sentence sentence, List<TrieMatch<int>> heads, List<TrieMatch<EventCue>> cues)
    {
        foreach (var head in heads)
        {
            foreach (var g in head.Targets)
            {
                var (type, tail) = lexicon.GapTails[g];
                if (!ObjectFollows(tokens, head.Last + 1, head.Last + 2 + EventLexicon.MaxGap, sentence.LastToken, tail))
                {
                    continue;
                }
                cues.RemoveAll(c => c.First == head.First);
                var at = cues.FindIndex(c => c.First > head.First);
                var cue = new TrieMatch<EventCue>(head.First, head.Last, head.Prefix, [new EventCue(CueKind.Trigger, type)]);
                cues.Insert(at < 0 ? cues.Count : at, cue);
                break;
            }
        }
    }

    /// <summary>Whether the object's words start at a token in [from, to) and end before the sentence does.</summary>
    private static bool ObjectFollows(List<Token> tokens, int from, int to, int sentenceEnd, string[] tail)
    {
        for (var k = from; k < to && k + tail.Length <= sentenceEnd; k++)
        {
            var all = true;
            for (var t = 0; all && t < tail.Length; t++)
            {
                all = tokens[k + t].Value == tail[t];
            }
            if (all)
            {
                return true;
            }
        }
        return false;
    }
}
