namespace NewsPortal.Analysis.Dates;

/// <summary>How much of a date the text actually gives.</summary>
public enum DatePrecision
{
    Day,
    Month,
    Year,
    Range,
}

/// <summary>
/// A date expression found in a text. <see cref="Value"/> is ISO (yyyy-MM-dd, yyyy-MM, yyyy, or
/// "start/end" for ranges); it is null when the expression is relative and nothing anchors it.
/// The span [Start, End) indexes the original text.
/// </summary>
public sealed record DateMention(
    string Text,
    string? Value,
    DatePrecision Precision,
    int Start,
    int End,
    bool IsRelative);
