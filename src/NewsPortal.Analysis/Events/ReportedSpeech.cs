using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>
/// Statements and what they report within one sentence: the reported act linked to its statement,
/// folded into it as a facet, or kept as the announcer's own act; a speaker going on is one statement.
/// </summary>
internal static class ReportedSpeech
{
    /// <summary>Whether the act's word is the direct object of the verb of saying: after it, with no preposition on or before it (not "أكدت … في اليوم الأول من المحادثات").</summary>
    private static bool ObjectOf(List<Token> tokens, int verb, int act)
    {
        if (act <= verb || act - verb > 8 || tokens[act].Value[0] is 'ب' or 'ل' && tokens[act].Value.Length > 4 && tokens[act].Value[1..].StartsWith("ال", StringComparison.Ordinal))
        {
            return false;
        }
        for (var k = verb + 1; k < act; k++)
        {
            // "أعلنت الوزارة عن تدمير …": عن right before the act introduces what is announced.
            if (tokens[k].Value is "في" or "من" or "علي" or "الي" or "مع" or "خلال" or "بعد" or "قبل" or "حول" or "عقب" || (tokens[k].Value == "عن" && k + 1 < act))
            {
                return false;
            }
        }
        return true;
    }

    /// <summary>
    /// What a statement of the sentence reports (its complement) is linked to it; a reported speech
    /// act without a date of its own (قال الكرملين إن بوتين أشاد …) is what the statement says: a facet of it.
    /// </summary>
    public static void Link(EventLexicon lexicon, List<Token> tokens, List<Draft> drafts, List<int> clauseOf, Clauses clauses)
    {
        var s = drafts.FindIndex(d => d.Mention.Type == "statement");
        if (s < 0)
        {
            return;
        }
        for (var i = 0; i < drafts.Count; i++)
        {
            if (i != s && Family(drafts[i]) == "consult" && clauses.List[clauseOf[i]] is { Kind: ClauseKind.During, Parent: var host } && host == clauseOf[s])
            {
                drafts[i].SaidDuring = drafts[s];
            }
            var act = Happenings.IsSpeech(drafts[i].Mention.Type);
            // "أعرب بوتين عن ترحيبه بـ…": a speech act in the statement's own clause, after its verb, is what it expresses.
            var expressed = act && i != s && clauseOf[i] == clauseOf[s] && drafts[i].Mention.TriggerStart > drafts[s].Mention.TriggerStart
                && (drafts[i].Mention.Date is null || drafts[i].Mention.Date == drafts[s].Mention.Date);
            // "أعلن السودان، الأربعاء، إلغاء العقود": an act named right in the announcement, with no
            // agent of its own after it (unlike "أعلن الانفصاليون اعتراف كوريا الشمالية"), is the announcer's act.
            var announced = !act && i != s && clauseOf[i] == clauseOf[s] && ObjectOf(tokens, drafts[s].TriggerToken, drafts[i].TriggerToken)
                && !drafts[i].NamesItsAgent && drafts[i].Mention.Status == EventStatus.Happened && drafts[s].Mention.Participants.Count > 0
                && (drafts[i].Mention.Date is null || drafts[i].Mention.Date == drafts[s].Mention.Date) && drafts[s].Facets.Count == 0;
            if (announced)
            {
                Happenings.Express(drafts[s], drafts[i]);
                continue;
            }
            if (i == s || !(expressed || clauses.Reports(clauseOf[i], clauseOf[s])))
            {
                continue;
            }
            // "أعلن ترامب أنه سيلتقي بوتين قريبا": saying a meeting or visit will come is an intent to meet (036).
            if (!act && Family(drafts[i]) == "consult" && drafts[i].Mention.Status == EventStatus.Planned && OwnPlan(tokens, clauses, clauseOf[i], clauseOf[s], drafts[s], drafts[i]))
            {
                Happenings.AddFacet(drafts[s], lexicon.Types[lexicon.TypeIndex["intent_to_meet"]], drafts[i].Mention);
            }
            // An intent said in so many words ("قال: سنعزز التعاون") stays what the statement says, a facet.
            if (expressed && lexicon.Types[lexicon.TypeIndex[drafts[i].Mention.Type]].FutureOnly)
            {
                Happenings.Fold(drafts[s], drafts[i]);
            }
            else if (expressed)
            {
                Happenings.Express(drafts[s], drafts[i]);
            }
            else if (act && drafts[i].Mention.Date is null)
            {
                Happenings.Fold(drafts[s], drafts[i]);
            }
            else
            {
                drafts[i].ReportedBy = drafts[s];
            }
        }
    }

    /// <summary>
    /// "دعت واشنطن الجمعة بيونغ يانغ إلى …، وقالت إن …": a verb of saying joined by و to an earlier
    /// speech act of the sentence is the same speaker going on, part of that act, not a second card.
    /// </summary>
    public static void GoesOn(List<Draft> drafts)
    {
        foreach (var d in drafts)
        {
            if (d.MergedInto is not null || d.Mention.Type != "statement" || !d.Coordinated)
            {
                continue;
            }
            var before = drafts.Find(e => e != d && e.MergedInto is null && e.ReportedBy is null && Happenings.IsSpeech(e.Mention.Type)
                && e.Mention.TriggerStart < d.Mention.TriggerStart && (d.Mention.Date is null || d.Mention.Date == e.Mention.Date));
            if (before is not null)
            {
                Happenings.Fold(before, d);
            }
        }
    }

    /// <summary>
    /// Whether the planned happening a statement reports is the speaker's own: the complement says
    /// "that he/she/they" (أعلن أنه سيلتقي …), or the one who will act is the one who speaks.
    /// </summary>
    private static bool OwnPlan(List<Token> tokens, Clauses clauses, int clause, int statementClause, Draft statement, Draft plan)
    {
        for (var c = clause; c >= 0 && c != statementClause; c = clauses.List[c].Parent)
        {
            if (clauses.List[c] is { Kind: ClauseKind.Complement, Parent: var parent, Start: var opener } && parent == statementClause)
            {
                if (tokens[opener].Value is "انه" or "بانه" or "وانه" or "انها" or "بانها" or "وانها" or "انهم" or "بانهم" or "انهما" or "بانهما")
                {
                    return true;
                }
                break;
            }
        }
        return statement.Mention.Participants.Count > 0 && plan.Mention.Participants.Count > 0
            && plan.Mention.Participants[0].OwnId == statement.Mention.Participants[0].OwnId;
    }

    private static string? Family(Draft d) => Happenings.Family(d.Mention.Type);
}
