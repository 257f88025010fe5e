using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Dates;

/// <summary>
/// Decides whether a clause speaks of the future: explicit markers (من المقرر، يعتزم، المقبل…) or a
/// verb carrying the future prefix سـ (سيجري، ستعقد). News prose is past by default.
/// </summary>
internal static class Tense
{
    private static readonly HashSet<string> FutureWords = new(StringComparer.Ordinal)
    {
        "المقرر", "مقرر", "يعتزم", "تعتزم", "يعتزمان", "المزمع", "مزمع", "المرتقب", "المرتقبه", "مرتقب", "المقبل",
        "المقبله", "القادم", "القادمه", "سوف", "يتوقع", "ينتظر", "غدا", "الغد",
    };

    // Nouns and names that begin like a future verb (سـ + ي/ت/ن/ا).
    private static readonly HashSet<string> NotVerbs = new(StringComparer.Ordinal)
    {
        "سياسه", "سياسي", "سياسيه", "سياسات", "سياسيين", "سياسيون", "سيول", "سيرغي", "سيرجي", "سيرغيي", "سيطره",
        "سياده", "سيناريو", "ستار", "سته", "ستين", "ستالين", "سيارات", "سياره", "سينما", "سياق", "سيبيريا", "سيناء",
        "سنه", "سنوات", "سنتين", "سنويا", "سنوي", "سنويه", "سنغافوره", "ستوكهولم", "سيدني", "سيادي", "ستيفن",
        "سيتي", "ستراتيجي", "سيانغ", "سيرغييف", "سيغي", "ستاف", "ستانلي", "سنتيمتر", "سناتور", "سنان", "سنودن",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = FutureWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotVerbLookup = NotVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsFutureToken(ReadOnlySpan<char> token)
    {
        if (FutureLookup.Contains(token))
        {
            return true;
        }
        var t = token.Length > 0 && token[0] is 'و' or 'ف' ? token[1..] : token;
        return t.Length >= 5 && t[0] == 'س' && t[1] is 'ي' or 'ت' or 'ن' or 'ا' && !NotVerbLookup.Contains(t)
            && !t.StartsWith("سياس", StringComparison.Ordinal) && !t.StartsWith("سنو", StringComparison.Ordinal);
    }

    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "ان", "بان", "انه", "انها", "بانه", "بانها", "وان" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComplementizerLookup = Complementizers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the clause around [start, end) of normalized text, or one it depends on, has a future
    /// marker. It stops at a following أن/إن: "أعلن الكرملين الاثنين أن بوتين سيزور" announces on a
    /// past Monday, while "من المقرر أن يصل الجمعة" is to come.
    /// </summary>
    public static bool IsFuture(string normalized, int start, int end)
    {
        var (from, to) = Sentences.Around(normalized, start, end);
        var future = false;
        var afterQad = false;
        var i = from;
        while (i < to)
        {
            while (i < to && !char.IsLetter(normalized[i]))
            {
                i++;
            }
            var s = i;
            while (i < to && char.IsLetter(normalized[i]))
            {
                i++;
            }
            var word = normalized.AsSpan(s, i - s);
            if (i > s && s >= end && ComplementizerLookup.Contains(word))
            {
                break;
            }
            // "قد يحصل": may happen.
            future |= i > s && (IsFutureToken(word) || (afterQad && word.Length >= 3 && word[0] is 'ي' or 'ن'));
            afterQad = word is "قد" or "وقد";
        }
        return future || normalized.AsSpan(from, i - from).Contains("من المقرر", StringComparison.Ordinal);
    }
}
