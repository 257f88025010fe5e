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
        "ستريت", "ستيف", "ستيفان", "سيناتور", "سيئول", "سيارتين", "ستوديو", "سيمفونيه", "سياح", "سياحه", "سياحي", "سيادته",
    };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> FutureLookup = FutureWords.GetAlternateLookup<ReadOnlySpan<char>>();
    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> NotVerbLookup = NotVerbs.GetAlternateLookup<ReadOnlySpan<char>>();

    public static bool IsFutureToken(ReadOnlySpan<char> token)
    {
        var t = token.Length > 0 && token[0] is 'و' or 'ف' ? token[1..] : token;
        if (FutureLookup.Contains(token) || FutureLookup.Contains(t))
        {
            return true;
        }
        return t.Length >= 5 && t[0] == 'س' && t[1] is 'ي' or 'ت' or 'ن' or 'ا' && !NotVerbLookup.Contains(t)
            && !t.StartsWith("سياس", StringComparison.Ordinal) && !t.StartsWith("سنو", StringComparison.Ordinal);
    }

    /// <summary>Where the complement holding [start…] begins, or the sentence start when none does or a future marker governs it.</summary>
    private static int ComplementStart(string normalized, int from, int start)
    {
        int? complement = null;
        var previousWasFuture = false;
        var i = from;
        while (i < start)
        {
            while (i < start && !char.IsLetter(normalized[i]))
            {
                i++;
            }
            var s = i;
            while (i < normalized.Length && char.IsLetter(normalized[i]))
            {
                i++;
            }
            if (i > start)
            {
                break;
            }
            var word = normalized.AsSpan(s, i - s);
            if (ComplementizerLookup.Contains(word) && !previousWasFuture)
            {
                complement = s;
            }
            previousWasFuture = FutureLookup.Contains(word) || (word.Length > 1 && word[0] is 'و' or 'ف' && FutureLookup.Contains(word[1..]));
        }
        return complement ?? from;
    }

    private static readonly HashSet<string> Complementizers = new(StringComparer.Ordinal) { "ان", "بان", "انه", "انها", "بانه", "بانها", "وان" };

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> ComplementizerLookup = Complementizers.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>
    /// True when the clause around [start, end) of normalized text, or one it depends on, has a future
    /// marker. It stops at a following أن/إن: "أعلن الكرملين الاثنين أن بوتين سيزور" announces on a
    /// past Monday, while "من المقرر أن يصل الجمعة" is to come. Inside a complement it starts at the
    /// أن, unless a future marker governs it ("يتوقع أن"): what a paper reports ("أفادت صحيفة … بأن
    /// كيم غادر الاثنين") is not made future by the words before.
    /// </summary>
    public static bool IsFuture(string normalized, int start, int end)
    {
        var (from, to) = Sentences.Around(normalized, start, end);
        from = ComplementStart(normalized, from, start);
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
