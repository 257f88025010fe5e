
namespace NewsPortal.Model;

/// <summary>A date expression in an article and the value it was resolved to (if any).</summary>
public class DateMention
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
    public DateOnly? ValueStart { get; set; }
    public DateOnly? ValueEnd { get; set; }
    public DatePrecision Precision { get; set; }
}
