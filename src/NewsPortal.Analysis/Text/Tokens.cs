namespace NewsPortal.Analysis.Text;

/// <summary>A word of normalized text: [Start, End) into the normalized string.</summary>
public readonly record struct Token(int Start, int End, string Value)
{
    /// <summary>True when only spaces or one hyphen separate this token from the previous one.</summary>
    public bool JoinsPrevious { get; init; }
}

/// <summary>Splits normalized text into letter/digit runs; punctuation only separates.</summary>
public static class Tokens
{
    public static List<Token> Split(string text)
    {
        var tokens = new List<Token>(text.Length / 5);
        var i = 0;
        var lastEnd = -1;
        while (i < text.Length)
        {
            if (!char.IsLetterOrDigit(text[i]))
            {
                i++;
                continue;
            }
            var start = i;
            while (i < text.Length && char.IsLetterOrDigit(text[i]))
            {
                i++;
            }
            var joins = lastEnd >= 0 && IsJoiningGap(text.AsSpan(lastEnd, start - lastEnd));
            tokens.Add(new Token(start, i, text[start..i]) { JoinsPrevious = joins });
            lastEnd = i;
        }
        return tokens;
    }

    private static bool IsJoiningGap(ReadOnlySpan<char> gap)
    {
        var hyphens = 0;
        foreach (var c in gap)
        {
            if (c is '-' or '‐' or '–')
            {
                hyphens++;
            }
            else if (c != ' ')
            {
                return false;
            }
        }
        return hyphens <= 1;
    }
}
