namespace NewsPortal.Analysis.Text;

/// <summary>Sentence bounds in normalized text: full stops, ! ? ؟ and line breaks end a sentence.</summary>
public static class Sentences
{
    public static bool IsEnd(char c) => c is '.' or '!' or '?' or '\n' or '…';

    /// <summary>The sentence that contains [start, end), clipped to 600 chars either side.</summary>
    public static (int Start, int End) Around(string text, int start, int end)
    {
        var s = start;
        var limit = Math.Max(0, start - 600);
        while (s > limit && !IsEnd(text[s - 1]))
        {
            s--;
        }
        var e = end;
        var stop = Math.Min(text.Length, end + 600);
        while (e < stop && !IsEnd(text[e]))
        {
            e++;
        }
        return (s, e);
    }

    /// <summary>All sentence spans of a text, skipping empty ones.</summary>
    public static List<(int Start, int End)> Split(string text)
    {
        var spans = new List<(int, int)>();
        var s = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            // A dot between digits (2.5) or right after a single letter is not a sentence end.
            if (i == text.Length || (IsEnd(text[i]) && !(text[i] == '.' && i > 0 && i + 1 < text.Length
                && char.IsDigit(text[i - 1]) && char.IsDigit(text[i + 1]))))
            {
                if (i > s && text.AsSpan(s, i - s).Trim().Length > 0)
                {
                    spans.Add((s, i));
                }
                s = i + 1;
            }
        }
        return spans;
    }
}
