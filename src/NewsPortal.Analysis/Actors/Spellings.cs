namespace NewsPortal.Analysis.Actors;

/// <summary>
/// Spelling variants of transliterated names the press uses interchangeably: English g as غ
/// (Levant, Gulf) or ج (Egypt), and two-part place names written with or without the space.
/// </summary>
internal static class Spellings
{
    public static IReadOnlyList<string> Variants(string key)
    {
        // Each word independently: "سيرجي شويغو" mixes both in one name.
        var set = new List<string> { "" };
        foreach (var word in key.Split(' '))
        {
            var forms = word.Contains('غ', StringComparison.Ordinal) ? new List<string> { word, word.Replace('غ', 'ج') } : [word];
            // Korean and Russian "ch" as تش or ش: تشول / شول, تشوي / شوي.
            if (word.Length > 3 && word.StartsWith("تش", StringComparison.Ordinal))
            {
                forms.AddRange([.. forms.Select(f => f[1..])]);
            }
            set = [.. set.SelectMany(prefix => forms.Select(f => prefix.Length == 0 ? f : prefix + " " + f))];
        }
        foreach (var k in set.ToArray())
        {
            var parts = k.Split(' ');
            // بيونغ يانغ / بيونغيانغ: join two short transliterated parts.
            if (parts.Length == 2 && parts.All(p => p.Length <= 5) && !parts[0].StartsWith("ال", StringComparison.Ordinal)
                && !parts.Any(p => p.Any(char.IsDigit)))
            {
                Add(set, parts[0] + parts[1]);
            }
        }
        return set;
    }

    private static void Add(List<string> set, string key)
    {
        if (!set.Contains(key))
        {
            set.Add(key);
        }
    }
}

/// <summary>Derives feminine and plural nisba forms from the masculine (الروسي → الروسية، الروسيين…).</summary>
internal static class NisbaForms
{
    private static readonly string[] Endings = ["", "ه", "ين", "ون"];

    public static IEnumerable<string> Derive(string masculine)
    {
        var words = Text.ArabicNormalizer.Normalize(masculine).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        foreach (var ending in Endings)
        {
            var form = string.Join(' ', words.Select(w => w.EndsWith('ي') ? w + ending : w));
            yield return form;
            // Without the article: روسي، روسية (indefinite use).
            if (words.All(w => w.StartsWith("ال", StringComparison.Ordinal)))
            {
                yield return string.Join(' ', words.Select(w => (w.EndsWith('ي') ? w + ending : w)[2..]));
            }
        }
    }
}
