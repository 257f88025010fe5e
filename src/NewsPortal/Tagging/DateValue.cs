using NewsPortal.Analysis.Dates;
using EnginePrecision = NewsPortal.Analysis.Dates.DatePrecision;

namespace NewsPortal.Tagging;

/// <summary>The engine's ISO date values ("2024-06-19", "2024-06", "2024", "2023-01-01/2024-12-31") as stored ranges.</summary>
public static class DateValue
{
    public static (DateOnly? Start, DateOnly? End, Model.DatePrecision Precision) Parse(string? value, EnginePrecision? precision) =>
        IsoDates.Span(value) is var (first, last, written)
            ? (first, last, EngineValues.Stored(precision ?? written))
            : (null, null, Model.DatePrecision.Unknown);
}
