using System.Numerics;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Articles;

/// <summary>
/// 64-bit SimHash of a body over word shingles of its normalized text (ArabicNormalizer), for
/// spotting the same wire story republished by several outlets. Near duplicates differ in few bits.
/// </summary>
public static class SimHash
{
    public const int DefaultShingleWords = 3;

    /// <summary>Bodies this many bits apart or fewer are treated as the same story.</summary>
    public const int DefaultMaxDistance = 6;

    public static ulong Compute(string text, int shingleWords = DefaultShingleWords)
    {
        ArgumentNullException.ThrowIfNull(text);
        var words = Words(ArabicNormalizer.Normalize(text));
        if (words.Count == 0)
        {
            return 0;
        }
        var weights = new int[64];
        var count = Math.Max(1, words.Count - shingleWords + 1);
        for (var i = 0; i < count; i++)
        {
            var hash = Hash(words, i, Math.Min(shingleWords, words.Count - i));
            for (var bit = 0; bit < 64; bit++)
            {
                weights[bit] += ((hash >> bit) & 1) == 1 ? 1 : -1;
            }
        }
        ulong result = 0;
        for (var bit = 0; bit < 64; bit++)
        {
            if (weights[bit] > 0)
            {
                result |= 1UL << bit;
            }
        }
        return result;
    }

    public static int Distance(ulong a, ulong b) => BitOperations.PopCount(a ^ b);

    public static bool AreNearDuplicates(ulong a, ulong b, int maxDistance = DefaultMaxDistance) =>
        Distance(a, b) <= maxDistance;

    private static List<string> Words(string normalized)
    {
        var words = new List<string>();
        var start = -1;
        for (var i = 0; i <= normalized.Length; i++)
        {
            var isWord = i < normalized.Length && char.IsLetterOrDigit(normalized[i]);
            if (isWord && start < 0)
            {
                start = i;
            }
            else if (!isWord && start >= 0)
            {
                words.Add(normalized[start..i]);
                start = -1;
            }
        }
        return words;
    }

    /// <summary>FNV-1a over the shingle's characters, then a SplitMix64 finalizer so every bit is well mixed.</summary>
    private static ulong Hash(List<string> words, int start, int length)
    {
        var h = 14695981039346656037UL;
        for (var w = start; w < start + length; w++)
        {
            foreach (var c in words[w])
            {
                h = (h ^ c) * 1099511628211UL;
            }
            h = (h ^ ' ') * 1099511628211UL;
        }
        h ^= h >> 30;
        h *= 0xBF58476D1CE4E5B9UL;
        h ^= h >> 27;
        h *= 0x94D049BB133111EBUL;
        h ^= h >> 31;
        return h;
    }
}
