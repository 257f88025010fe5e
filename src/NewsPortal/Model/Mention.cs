
namespace NewsPortal.Model;

/// <summary>An actor named in an article, at [Start, End) of its body; an empty span at 0 (<see cref="Headline"/>) is a mention in the headline.</summary>
public class Mention
{
    public const int Headline = 0;

    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
}
