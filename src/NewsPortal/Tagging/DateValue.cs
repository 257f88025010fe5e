using System.Globalization;
using NewsPortal.Model;
using EnginePrecision = NewsPortal.Analysis.Dates.DatePrecision;

namespace NewsPortal.Tagging;

/// <summary>The engine's ISO date values ("2024-06-19", "2024-06", "2024", "2023-01-01/2024-12-31") as stored ranges.</summary>
public static class DateValue
{
    public static (DateOnly? Start, DateOnly? End, DatePrecision Precision) Parse(string? value, EnginePrecision? precision)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return (null, null, DatePrecision.Unknown);
        }
        var parts = value.Split('/');
        var start = First(parts[0]);
        var end = Last(parts[^1]);
        if (start is null || end is null)
        {
            return (null, null, DatePrecision.Unknown);
        }
        var stored = precision switch
        {
            EnginePrecision.Day => DatePrecision.Day,
            EnginePrecision.Month => DatePrecision.Month,
            EnginePrecision.Year => DatePrecision.Year,
            EnginePrecision.Range => DatePrecision.Range,
            _ => parts.Length > 1 ? DatePrecision.Range : parts[0].Length switch { 4 => DatePrecision.Year, 7 => DatePrecision.Month, _ => DatePrecision.Day },
        };
        return (start, end, stored);
    }

    private static DateOnly? First(string iso) => iso.Length switch
    {
        4 when int.TryParse(iso, out var y) => new DateOnly(y, 1, 1),
        7 when DateOnly.TryParseExact(iso + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var m) => m,
        10 when DateOnly.TryParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) => d,
        _ => null,
    };

    private static DateOnly? Last(string iso) => iso.Length switch
    {
        4 when int.TryParse(iso, out var y) => new DateOnly(y, 12, 31),
        7 when First(iso) is { } m => m.AddMonths(1).AddDays(-1),
        10 => First(iso),
        _ => null,
    };
}
