namespace NewsPortal.Extraction.Html;

/// <summary>
/// Language and direction from the characters of the text; a page's lang attribute is only
/// believed when its script agrees with the text (pages often keep a template's lang).
/// </summary>
public static class LanguageGuess
{
    private static readonly HashSet<string> ArabicScriptLanguages = ["ar", "fa", "ur", "ps", "ku", "ckb", "sd", "ug"];
    private static readonly HashSet<string> CyrillicLanguages = ["ru", "uk", "bg", "sr", "mk", "be", "kk"];

    public static (string? Language, string Direction) Detect(string text, string? declared)
    {
        int arabic = 0, persian = 0, urdu = 0, arabicOnly = 0, latin = 0, cyrillic = 0, hebrew = 0, cjk = 0, hangul = 0;
        foreach (var c in text.Length > 20000 ? text[..20000] : text)
        {
            switch (c)
            {
                case 'پ' or 'چ' or 'ژ' or 'گ' or 'ک' or 'ی':
                    persian++;
                    arabic++;
                    break;
                case 'ٹ' or 'ڈ' or 'ڑ' or 'ں' or 'ے' or 'ھ':
                    urdu++;
                    arabic++;
                    break;
                case 'ة' or 'ى' or 'ي' or 'ك':
                    arabicOnly++;
                    arabic++;
                    break;
                case >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F' or >= '\uFB50' and <= '\uFEFF':
                    arabic++;
                    break;
                case >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '\u00C0' and <= '\u024F':
                    latin++;
                    break;
                case >= '\u0400' and <= '\u04FF':
                    cyrillic++;
                    break;
                case >= '\u0590' and <= '\u05FF':
                    hebrew++;
                    break;
                case >= '\u4E00' and <= '\u9FFF' or >= '\u3040' and <= '\u30FF':
                    cjk++;
                    break;
                case >= '\uAC00' and <= '\uD7AF':
                    hangul++;
                    break;
            }
        }
        var lang = Primary(declared);
        var max = new[] { arabic, latin, cyrillic, hebrew, cjk, hangul }.Max();
        if (max == 0)
        {
            return (lang, lang is not null && ArabicScriptLanguages.Contains(lang) ? "rtl" : "ltr");
        }
        if (max == arabic)
        {
            var guess = urdu > persian && urdu > arabicOnly ? "ur" : persian > arabicOnly ? "fa" : "ar";
            return (lang is not null && ArabicScriptLanguages.Contains(lang) && lang != "ar" && guess != "ar" ? lang : guess, "rtl");
        }
        if (max == hebrew)
        {
            return ("he", "rtl");
        }
        if (max == cyrillic)
        {
            return (lang is not null && CyrillicLanguages.Contains(lang) ? lang : "ru", "ltr");
        }
        if (max == hangul)
        {
            return ("ko", "ltr");
        }
        if (max == cjk)
        {
            return (lang is "ja" or "zh" ? lang : "zh", "ltr");
        }
        var latinLang = lang is not null && !ArabicScriptLanguages.Contains(lang) && !CyrillicLanguages.Contains(lang)
            && lang is not ("he" or "zh" or "ja" or "ko") ? lang : "en";
        return (latinLang, "ltr");
    }

    private static string? Primary(string? declared)
    {
        if (string.IsNullOrWhiteSpace(declared))
        {
            return null;
        }
        var primary = declared.Trim().Split('-', '_')[0].ToLowerInvariant();
        return primary.Length is >= 2 and <= 3 && primary.All(char.IsAsciiLetterLower) ? primary : null;
    }
}
