namespace NewsPortal.Extraction;

/// <summary>
/// Characters a page can use to make text read other than it is: bidi embeddings, overrides and
/// isolates (U+202E turns "txt.exe" into "exe.txt") and zero-width spaces that split a name so it
/// looks the same but matches nothing. They are removed from everything the portal stores and shows.
/// The marks Arabic text needs (LRM, RLM, ALM) and the joiners (ZWNJ, ZWJ) are kept.
/// </summary>
public static class InvisibleCharacters
{
    public static bool IsSpoofing(char c) => c is
        (>= '\u202A' and <= '\u202E')   // LRE, RLE, PDF, LRO, RLO
        or (>= '\u2066' and <= '\u2069') // LRI, RLI, FSI, PDI
        or '\u200B' or '\u2060' or '\uFEFF' or '\u180E'; // zero-width space, word joiner, BOM, Mongolian vowel separator

    public static string Remove(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        return text.AsSpan().IndexOfAny(Spoofing) < 0 ? text : string.Concat(text.Where(c => !IsSpoofing(c)));
    }

    public static string? RemoveOrNull(string? text) => text is null ? null : Remove(text);

    private static readonly System.Buffers.SearchValues<char> Spoofing = System.Buffers.SearchValues.Create(
        "\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069\u200B\u2060\uFEFF\u180E");
}
