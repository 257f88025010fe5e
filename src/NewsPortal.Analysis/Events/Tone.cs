namespace NewsPortal.Analysis.Events;

/// <summary>
/// A statement whose own words are the act: calling a decision "brave" or a country "an important
/// partner" praises (CAMEO 051); saying a move "undermines" the talks or is "unacceptable"
/// criticises (111). Such words after the statement's verb (Lexicon/events.json, statementTone)
/// add the act as a facet of the statement: one card for what was said and what saying it does.
/// </summary>
internal static class Tone
{
    public static void Mark(EventLexicon lexicon, ArticleText article, Draft statement, int trigger, List<(CueKind Kind, int Token)> flags)
    {
        foreach (var (kind, token) in flags)
        {
            if (token <= trigger || kind is not (CueKind.PraiseTone or CueKind.CriticismTone))
            {
                continue;
            }
            var entry = lexicon.Types[lexicon.TypeIndex[kind == CueKind.PraiseTone ? "praise" : "criticism"]];
            if (statement.Facets.Exists(f => f.Type == entry.Type))
            {
                continue;
            }
            var (start, end) = article.Normalized.ToSource(article.Tokens[token].Start, article.Tokens[token].End);
            statement.Facets.Add(new EventFacet(entry.Type, entry.Cameo, article.Original[start..end], start, end));
        }
    }
}
