using System.Text;
using System.Text.RegularExpressions;

namespace NewsPortal.Tests.Extraction.Html.Benchmark;

/// <summary>
/// The article-extraction-benchmark metric: 4-token shingles of \w+ runs, per-page tp/fp/fn scaled
/// to sum 1, precision and recall averaged over pages, F1 of the two means.
/// </summary>
public static partial class ShingleScore
{
    private const int N = 4;

    public sealed record PageCounts(double Tp, double Fp, double Fn);

    public sealed record Summary(double Precision, double Recall, double F1, int Pages);

    public static PageCounts Page(string? truth, string? prediction)
    {
        var t = Shingles(truth ?? "");
        var p = Shingles(prediction ?? "");
        double tp = 0, fp = 0, fn = 0;
        foreach (var (key, count) in p)
        {
            var inTruth = t.GetValueOrDefault(key);
            tp += Math.Min(count, inTruth);
            fp += Math.Max(0, count - inTruth);
        }
        foreach (var (key, count) in t)
        {
            fn += Math.Max(0, count - p.GetValueOrDefault(key));
        }
        var sum = tp + fp + fn;
        return sum == 0 ? new PageCounts(0, 0, 0) : new PageCounts(tp / sum, fp / sum, fn / sum);
    }

    public static Summary Aggregate(IReadOnlyCollection<PageCounts> pages)
    {
        var precisions = new List<double>();
        var recalls = new List<double>();
        foreach (var (tp, fp, fn) in pages)
        {
            if (fp == 0 && fn == 0)
            {
                precisions.Add(1);
                recalls.Add(1);
                continue;
            }
            if (tp + fp > 0)
            {
                precisions.Add(tp / (tp + fp));
            }
            if (tp + fn > 0)
            {
                recalls.Add(tp / (tp + fn));
            }
        }
        var precision = precisions.Count == 0 ? 0 : precisions.Average();
        var recall = recalls.Count == 0 ? 0 : recalls.Average();
        var f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Summary(precision, recall, f1, pages.Count);
    }

    /// <summary>Word tokens; Arabic diacritics and tatweel are removed first, as the benchmark notes ask.</summary>
    public static List<string> Tokens(string text)
    {
        var stripped = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c is not (>= '\u064B' and <= '\u065F' or '\u0670' or '\u0640'))
            {
                stripped.Append(c);
            }
        }
        return [.. Word().Matches(stripped.ToString()).Select(m => m.Value)];
    }

    private static Dictionary<string, int> Shingles(string text)
    {
        var tokens = Tokens(text);
        var counts = new Dictionary<string, int>(StringComparer.Ordinal);
        var count = Math.Max(1, tokens.Count - N + 1);
        for (var i = 0; i < count; i++)
        {
            var key = string.Join('\u0001', tokens.Skip(i).Take(N));
            counts[key] = counts.GetValueOrDefault(key) + 1;
        }
        return counts;
    }

    // Python's \w (str.isalnum plus underscore): combining marks split words there, unlike .NET's \w.
    [GeneratedRegex(@"[\p{L}\p{N}_]+")]
    private static partial Regex Word();
}
