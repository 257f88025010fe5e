using System.Buffers;
using System.Globalization;
using System.Text;

namespace NewsPortal.Analysis.Text;

/// <summary>
/// Folds Arabic text to match keys: the same function feeds tagging and the search column, so a
/// name typed in any spelling meets the stored text in the same form. Every output character
/// remembers the index of the original character it came from.
/// </summary>
public static class ArabicNormalizer
{
    /// <summary>Normalizes for matching and search; offsets are dropped.</summary>
    public static string Normalize(string text) => NormalizeWithOffsets(text).Text;

    /// <summary>
    /// Normalizes and keeps, for each output char, the index of its source char. With
    /// <paramref name="keepLineBreaks"/> a run of whitespace holding a line break becomes one '\n',
    /// so paragraphs and headlines stay separate sentences.
    /// </summary>
    public static NormalizedText NormalizeWithOffsets(string text, bool keepLineBreaks = false)
    {
        ArgumentNullException.ThrowIfNull(text);
        // Pooled arrays rather than a StringBuilder and a List<int>: this runs over every article body
        // and only the string and the offsets of the result are kept.
        var output = ArrayPool<char>.Shared.Rent(text.Length + 8);
        var offsets = ArrayPool<int>.Shared.Rent(output.Length);
        var length = 0;
        var lastWasSpace = true;

        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            // Presentation forms and ligatures (ﻻ, ﺍ …) fold to base letters; they may expand.
            if (c is >= '\uFB50' and <= '\uFDFF' or >= '\uFE70' and <= '\uFEFF')
            {
                var compat = c.ToString().Normalize(NormalizationForm.FormKC);
                foreach (var f in compat)
                {
                    Append(f, i);
                }
                continue;
            }
            Append(c, i);
        }

        // Trim a trailing space produced by collapsing.
        if (length > 0 && output[length - 1] is ' ' or '\n')
        {
            length--;
        }
        var result = new NormalizedText(new string(output, 0, length), offsets.AsSpan(0, length).ToArray(), text.Length, text);
        ArrayPool<char>.Shared.Return(output);
        ArrayPool<int>.Shared.Return(offsets);
        return result;

        void Append(char c, int source)
        {
            var folded = Fold(c);
            if (folded == '\0')
            {
                return;
            }
            if (folded == ' ' && keepLineBreaks && c is '\n' or '\u2029')
            {
                if (length == 0)
                {
                    return;
                }
                if (lastWasSpace)
                {
                    output[length - 1] = '\n';
                    return;
                }
                folded = '\n';
                lastWasSpace = true;
            }
            else if (folded == ' ')
            {
                if (lastWasSpace)
                {
                    return;
                }
                lastWasSpace = true;
            }
            else
            {
                lastWasSpace = false;
            }
            if (length == output.Length || length == offsets.Length)
            {
                var biggerOutput = ArrayPool<char>.Shared.Rent(output.Length * 2);
                var biggerOffsets = ArrayPool<int>.Shared.Rent(biggerOutput.Length);
                output.AsSpan(0, length).CopyTo(biggerOutput);
                offsets.AsSpan(0, length).CopyTo(biggerOffsets);
                ArrayPool<char>.Shared.Return(output);
                ArrayPool<int>.Shared.Return(offsets);
                (output, offsets) = (biggerOutput, biggerOffsets);
            }
            output[length] = folded;
            offsets[length] = source;
            length++;
        }
    }

    /// <summary>Folds one character; '\0' means "drop it".</summary>
    public static char Fold(char c)
    {
        // Fast path: plain Arabic letters (ء…ي except the folded ones) and ASCII letters/digits.
        if (c is >= 'ء' and <= 'ي' && c is not ('أ' or 'إ' or 'آ' or 'ؤ' or 'ئ' or 'ة' or 'ى' or 'ـ'))
        {
            return c;
        }
        if (c is >= 'a' and <= 'z' or >= '0' and <= '9')
        {
            return c;
        }
        switch (c)
        {
            // Tatweel, superscript alef, bidi and zero-width format marks.
            case '\u0640' or '\u0670' or '\u200B' or '\u200C' or '\u200D' or '\u200E' or '\u200F'
                or '\u061C' or '\uFEFF' or '\u00AD' or '\u202A' or '\u202B' or '\u202C' or '\u202D' or '\u202E'
                or '\u2066' or '\u2067' or '\u2068' or '\u2069':
                return '\0';
            case >= '\u064B' and <= '\u065F':
            case >= '\u0610' and <= '\u061A':
            case >= '\u06D6' and <= '\u06ED':
                return '\0';
            // Alef forms.
            case 'أ' or 'إ' or 'آ' or 'ٱ':
                return 'ا';
            // Hamza seats fold for match keys only; the original text is never changed.
            case 'ؤ':
                return 'و';
            case 'ئ':
                return 'ي';
            case 'ى' or 'ی' or 'ے':
                return 'ي';
            case 'ة' or 'ۀ' or 'ہ' or 'ە':
                return 'ه';
            case 'ک' or 'ڪ':
                return 'ك';
            case 'گ' or 'ڭ':
                return 'ك';
            case 'ڨ':
                return 'ق';
            case 'پ':
                return 'ب';
            case 'چ':
                return 'ج';
            case 'ڤ' or 'ڥ' or 'ڢ':
                return 'ف';
            case >= '\u0660' and <= '\u0669':
                return (char)('0' + (c - '\u0660'));
            case >= '\u06F0' and <= '\u06F9':
                return (char)('0' + (c - '\u06F0'));
            case '٫':
                return '.';
            case '٬' or '،':
                return ',';
            case '؛':
                return ';';
            case '؟':
                return '?';
            case '٪':
                return '%';
            case '\u00A0' or '\u2007' or '\u202F' or '\t' or '\r' or '\n' or '\u2028' or '\u2029':
                return ' ';
        }
        if (char.IsWhiteSpace(c))
        {
            return ' ';
        }
        if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.Format)
        {
            return '\0';
        }
        return char.ToLowerInvariant(c);
    }
}

/// <summary>Normalized text plus the source index of each of its characters.</summary>
public sealed class NormalizedText(string text, int[] sourceIndex, int sourceLength, string source)
{
    public string Text { get; } = text;

    /// <summary>Maps a span [start, end) of <see cref="Text"/> to a span of the original text.</summary>
    public (int Start, int End) ToSource(int start, int end)
    {
        if (Text.Length == 0)
        {
            return (0, 0);
        }
        var s = sourceIndex[Math.Clamp(start, 0, Text.Length - 1)];
        var e = end <= 0 ? s : sourceIndex[Math.Clamp(end - 1, 0, Text.Length - 1)] + 1;
        // Harakat written on the last letter belong to it and stay inside the span; a trailing
        // tatweel or format mark (RLM, ZWJ) is dropped text and stays outside.
        while (e < sourceLength && IsMarkOnLetter(source[e]))
        {
            e++;
        }
        return (s, Math.Min(e, sourceLength));
    }

    /// <summary>Index in the original text of the character at <paramref name="index"/>.</summary>
    public int SourceIndexOf(int index) => index >= Text.Length ? sourceLength : sourceIndex[index];

    private static bool IsMarkOnLetter(char c) =>
        c is >= '\u064B' and <= '\u065F' or '\u0670';
}
