
namespace NewsPortal.Model;

/// <summary>An actor named in an article, at [Start, End) of its body.</summary>
public class Mention
{
    public long Id { get; set; }
    public long ArticleId { get; set; }
    public Article? Article { get; set; }
    public int ActorId { get; set; }
    public Actor? Actor { get; set; }
    public int Start { get; set; }
    public int End { get; set; }
}
