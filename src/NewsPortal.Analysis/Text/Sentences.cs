namespace NewsPortal.Analysis.Text;

/// <summary>Sentence bounds in normalized text: full stops, ! ? ؟ and line breaks end a sentence.</summary>
public static class Sentences
{
    public static bool IsEnd(char c) => c is '.' or '!' or '?' or '\n' or '…';

    /// <summary>The sentence that contains [start, end), clipped to 600 chars either side.</summary>
    public static (int Start, int End) Around(string text, int start, int end)
    {
        ArgumentNullException.ThrowIfNull(text);
        // The ends of IsEnd, searched vectorized: called for every title and event, so it matters.
        var limit = Math.Max(0, start - 600);
        var s = start;
        if (start > limit)
        {
            var before = text.AsSpan(limit, start - limit).LastIndexOfAny(Ends);
            s = before < 0 ? limit : limit + before + 1;
        }
        var stop = Math.Min(text.Length, end + 600);
        var e = end;
        if (end < stop)
        {
            var after = text.AsSpan(end, stop - end).IndexOfAny(Ends);
            e = after < 0 ? stop : end + after;
        }
        return (s, e);
    }

    private static readonly System.Buffers.SearchValues<char> Ends = System.Buffers.SearchValues.Create(".!?\n…");

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
