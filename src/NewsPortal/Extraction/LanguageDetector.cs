namespace NewsPortal.Extraction;

/// <summary>Language from the letters themselves: pages often declare a wrong <c>lang</c>.</summary>
public static class LanguageDetector
{
    // Letters used by Persian/Urdu but not by Arabic.
    private const string PersianOnly = "پچژگکی";

    public static string Detect(string text)
    {
        int arabicScript = 0, persian = 0, latin = 0, cyrillic = 0;
        foreach (var c in text)
        {
            if (c is >= '\u0600' and <= '\u06FF' or >= '\u0750' and <= '\u077F')
            {
                arabicScript++;
                if (PersianOnly.Contains(c))
                {
                    persian++;
                }
            }
            else if (c is >= 'A' and <= 'Z' or >= 'a' and <= 'z' or >= '\u00C0' and <= '\u024F')
            {
                latin++;
            }
            else if (c is >= '\u0400' and <= '\u04FF')
            {
                cyrillic++;
            }
        }
        var letters = arabicScript + latin + cyrillic;
        if (letters == 0)
        {
            return "und";
        }
        if (arabicScript >= latin && arabicScript >= cyrillic)
        {
            // A few Persian letters appear in Arabic loanword spellings; a share marks Persian.
            return persian * 50 > arabicScript ? "fa" : "ar";
        }
        return cyrillic > latin ? "ru" : latin * 2 > letters ? "en" : "und";
    }

    public static bool IsRightToLeft(string language) => language is "ar" or "fa" or "ur" or "he";
}
