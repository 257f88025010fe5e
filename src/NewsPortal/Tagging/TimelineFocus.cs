using System.Reflection;
using System.Text.Json;
using NewsPortal.Analysis.Relevance;

namespace NewsPortal.Tagging;

/// <summary>The focus of the timeline, read from the data file focus.json (two sides, one language).</summary>
public static class TimelineFocus
{
    private sealed record Side(string NameAr, string NameEn, string Country);

    private sealed record File(string TitleAr, string TitleEn, string Language, IReadOnlyList<Side> Sides);

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private static readonly Lazy<Focus> Embedded = new(() =>
    {
        using var stream = Assembly.GetExecutingAssembly().GetManifestResourceStream("NewsPortal.Tagging.focus.json")
            ?? throw new InvalidOperationException("focus.json is not embedded.");
        return Read(stream);
    });

    public static Focus Default => Embedded.Value;

    public static Focus Read(Stream json)
    {
        var file = JsonSerializer.Deserialize<File>(json, Json)
            ?? throw new InvalidDataException("focus.json is empty.");
        if (file.Sides is not { Count: 2 } sides)
        {
            throw new InvalidDataException("focus.json must name exactly two sides.");
        }
        return new Focus(file.TitleAr, file.TitleEn, file.Language,
            new FocusSide(sides[0].NameAr, sides[0].NameEn, sides[0].Country),
            new FocusSide(sides[1].NameAr, sides[1].NameEn, sides[1].Country));
    }

    /// <summary>The sides' country ids, as the database's actor keys.</summary>
    public static string[] SideKeys(this Focus focus) => [focus.First.CountryId, focus.Second.CountryId];
}
