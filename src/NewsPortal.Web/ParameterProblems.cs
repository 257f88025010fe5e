using System.Globalization;
using Microsoft.AspNetCore.Http.HttpResults;
using NewsPortal.Analysis.Dates;

namespace NewsPortal.Web;

/// <summary>
/// What was wrong with a page's or an endpoint's parameters, one sentence each: pages show them
/// above the results (and answer 400), the API answers 400 with them. Nothing is silently ignored.
/// </summary>
public sealed class ParameterProblems
{
    private readonly List<string> problems = [];

    public IReadOnlyList<string> All => problems;

    public bool Any => problems.Count > 0;

    public void Add(string problem) => problems.Add(problem);

    /// <summary>"2024-06-13", "2024-06" or "2024"; a month or year covers its first (or, for an end, last) day. Null when absent or unreadable.</summary>
    public DateOnly? Date(string name, string? text, bool end)
    {
        text = text?.Trim();
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }
        if (IsoDates.Day(text, end) is { } day)
        {
            return day;
        }
        Add($"التاريخ «{Shorten(text)}» في {name} غير مفهوم: اكتبه 2024-06-13 أو 2024-06 أو 2024.");
        return null;
    }

    /// <summary>Both ends, checked against each other.</summary>
    public (DateOnly? From, DateOnly? To) Range(string? from, string? to)
    {
        var start = Date("from", from, end: false);
        var end = Date("to", to, end: true);
        if (start > end)
        {
            Add($"بداية الفترة ({start:yyyy-MM-dd}) بعد نهايتها ({end:yyyy-MM-dd}).");
            return (null, null);
        }
        return (start, end);
    }

    /// <summary>A whole number from <paramref name="min"/> to <paramref name="max"/>; null when absent or out of range.</summary>
    public int? Number(string name, string? text, int min = 0, int max = int.MaxValue)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }
        if (int.TryParse(text.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) && n >= min && n <= max)
        {
            return n;
        }
        Add($"القيمة «{Shorten(text)}» في {name} ليست عددًا صحيحًا بين {min} و{max}.");
        return null;
    }

    /// <summary>The API's answer when anything was wrong.</summary>
    public ProblemHttpResult BadRequest() => TypedResults.Problem(
        title: "معاملات غير صالحة / invalid parameters",
        detail: string.Join(" ", problems),
        statusCode: StatusCodes.Status400BadRequest,
        extensions: new Dictionary<string, object?> { ["problems"] = problems });

    public static string Shorten(string value) => value.Length > 40 ? value[..40] + "…" : value;
}
