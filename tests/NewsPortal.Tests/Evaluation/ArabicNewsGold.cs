using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace NewsPortal.Tests.Evaluation;

/// <summary>
/// The hand annotation of <c>shared/bench/arabic-news</c> (59 real articles, see its README), read
/// as it is; the texts are never copied into the repository.
/// </summary>
public sealed record ArabicNewsGold(string Folder, IReadOnlyList<ArabicNewsGold.Article> Articles, IReadOnlyDictionary<string, string> Kinds)
{
    public sealed record Article(string File, string? Outlet, string? Published, [property: JsonPropertyName("on_topic")] bool OnTopic, IReadOnlyList<string> Actors, IReadOnlyList<Event> Events);

    public sealed record Event(IReadOnlyList<string> Roots, string? Date, string? Precision, string Status, IReadOnlyList<string> Participants, string What, string Evidence);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>The scorer's alias list (README, "Aliases a scorer should accept"): other label → gold label.</summary>
    private static readonly Dictionary<string, string> AcceptedAliases = new(StringComparer.Ordinal)
    {
        ["china"] = "People's Republic of China",
        ["usa"] = "United States",
        ["united states of america"] = "United States",
        ["washington"] = "Washington, D.C.",
        ["kremlin"] = "Presidential Administration of Russia",
        ["kcna"] = "Korean Central News Agency",
        ["russian foreign ministry"] = "Ministry of Foreign Affairs of Russia",
        ["russian ministry of defence"] = "Ministry of Defence of the Russian Federation",
        ["un security council"] = "United Nations Security Council",
        ["kim jong un"] = "Kim Jong Un",
        ["sergei lavrov"] = "Sergey Lavrov",
        ["sergey shoygu"] = "Sergei Shoigu",
        ["choe son hui"] = "Choe Son-hui",
        ["ri yong ho"] = "Ri Yong-ho",
        ["kim yong chol"] = "Kim Yong-chol",
        ["kim yong nam"] = "Kim Yong-nam",
        ["dmitry polyansky"] = "Dmitry Polyanskiy",
        ["vassily nebenzia"] = "Vasily Nebenzya",
        ["volodymyr zelensky"] = "Volodymyr Zelenskyy",
        ["kpa"] = "Korean People's Army",
        ["yonhap"] = "Yonhap News Agency",
        ["afp"] = "Agence France-Presse",
        ["friendship bridge"] = "Korea–Russia Friendship Bridge",
        ["ansar allah"] = "Houthis",
    };

    /// <summary>The gold set beside the repository (<c>../shared/bench/arabic-news</c>), or null when it is not there.</summary>
    public static ArabicNewsGold? Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var folder = Path.Combine(dir.FullName, "shared", "bench", "arabic-news");
            if (File.Exists(Path.Combine(folder, "gold.json")))
            {
                return Load(folder);
            }
        }
        return null;
    }

    private static ArabicNewsGold Load(string folder)
    {
        using var doc = JsonDocument.Parse(File.ReadAllText(Path.Combine(folder, "gold.json")));
        var articles = doc.RootElement.GetProperty("articles").Deserialize<List<Article>>(Json)!;
        var kindsFile = Path.Combine(AppContext.BaseDirectory, "Evaluation", "arabic-news-kinds.json");
        using var kindsDoc = JsonDocument.Parse(File.ReadAllText(kindsFile));
        var kinds = kindsDoc.RootElement.GetProperty("kinds").Deserialize<Dictionary<string, string>>(Json)!;
        return new ArabicNewsGold(folder, articles, kinds);
    }

    public string TextPath(Article article) => Path.Combine(Folder, article.File);

    /// <summary>
    /// One comparable key for an English actor name: case and accents folded, punctuation and
    /// "the" dropped, then the README's accepted aliases mapped to their gold label.
    /// </summary>
    public static string NameKey(string name)
    {
        var folded = Fold(name);
        return AcceptedAliases.TryGetValue(folded, out var gold) ? Fold(gold) : folded;
    }

    private static string Fold(string name)
    {
        var sb = new StringBuilder();
        foreach (var c in name.Normalize(NormalizationForm.FormD))
        {
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            sb.Append(char.IsLetterOrDigit(c) ? char.ToLowerInvariant(c) : ' ');
        }
        var words = sb.ToString().Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        if (words.Count > 1 && words[0] == "the")
        {
            words.RemoveAt(0);
        }
        return string.Join(' ', words);
    }
}
