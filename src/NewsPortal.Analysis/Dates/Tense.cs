using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Dates;

/// <summary>
/// Decides whether a clause speaks of the future: explicit markers (من المقرر، يعتزم، المقبل…) or a
/// verb carrying the future prefix سـ (سيجري، ستعقد). News prose is past by default.
/// </summary>
internal static class Tense
{
    private static readonly HashSet<string> FutureWords =
    [
        "المقرر", "مقرر", "يعتزم", "تعتزم", "يعتزمان", "المزمع", "مزمع", "المرتقب", "المرتقبه", "مرتقب", "المقبل",
        "المقبله", "القادم", "القادمه", "سوف", "يتوقع", "ينتظر", "غدا", "الغد",
    ];

    // Nouns and names that begin like a future verb (سـ + ي/ت/ن/ا).
    private static readonly HashSet<string> NotVerbs =
    [
        "سياسه", "سياسي", "سياسيه", "سياسات", "سياسيين", "سياسيون", "سيول", "سيرغي", "سيرجي", "سيرغيي", "سيطره",
        "سياده", "سيناريو", "ستار", "سته", "ستين", "ستالين", "سيارات", "سياره", "سينما", "سياق", "سيبيريا", "سيناء",
        "سنه", "سنوات", "سنتين", "سنويا", "سنوي", "سنويه", "سنغافوره", "ستوكهولم", "سيدني", "سيادي", "ستيفن",
        "سيتي", "ستراتيجي", "سيانغ", "سيرغييف", "سيغي", "ستاف", "ستانلي", "سنتيمتر", "سناتور", "سنان", "سنودن",
    ];

    public static bool IsFutureToken(string token)
    {
        if (FutureWords.Contains(token))
        {
            return true;
        }
        var t = token.StartsWith('و') || token.StartsWith('ف') ? token[1..] : token;
        return t.Length >= 5 && t[0] == 'س' && t[1] is 'ي' or 'ت' or 'ن' or 'ا' && !NotVerbs.Contains(t)
            && !t.StartsWith("سياس", StringComparison.Ordinal) && !t.StartsWith("سنو", StringComparison.Ordinal);
    }

    /// <summary>True when the clause around [start, end) of normalized text has a future marker.</summary>
    public static bool IsFuture(string normalized, int start, int end)
    {
        var (from, to) = Sentences.Around(normalized, start, end);
        foreach (var token in Words(normalized, from, to))
        {
            if (IsFutureToken(token))
            {
                return true;
            }
        }
        return normalized.AsSpan(from, to - from).Contains("من المقرر", StringComparison.Ordinal);
    }

    private static IEnumerable<string> Words(string text, int from, int to)
    {
        var i = from;
        while (i < to)
        {
            while (i < to && !char.IsLetter(text[i]))
            {
                i++;
            }
            var s = i;
            while (i < to && char.IsLetter(text[i]))
            {
                i++;
            }
            if (i > s)
            {
                yield return text[s..i];
            }
        }
    }
}
