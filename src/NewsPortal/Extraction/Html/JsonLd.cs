using System.Text.Json;
using AngleSharp.Dom;

namespace NewsPortal.Extraction.Html;

/// <summary>The schema.org objects of a page's JSON-LD blocks, flattened over arrays and @graph.</summary>
public sealed class JsonLd
{
    private static readonly JsonReaderOptions ReaderOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    private static readonly HashSet<string> ArticleTypes = new(StringComparer.OrdinalIgnoreCase)
    {
        "NewsArticle", "Article", "ReportageNews", "AnalysisNewsArticle", "OpinionNewsArticle",
        "BackgroundNewsArticle", "BlogPosting", "LiveBlogPosting", "Report", "ScholarlyArticle", "TechArticle",
    };

    private JsonLd(IReadOnlyList<JsonElement> objects) => Objects = objects;

    public IReadOnlyList<JsonElement> Objects { get; }

    /// <summary>Article-typed objects first, then the rest: the order sources are tried in.</summary>
    public IEnumerable<JsonElement> ArticlesFirst =>
        Objects.Where(IsArticle).Concat(Objects.Where(o => !IsArticle(o)));

    public static JsonLd Read(IDocument document)
    {
        var objects = new List<JsonElement>();
        foreach (var script in document.QuerySelectorAll("script[type='application/ld+json']"))
        {
            try
            {
                // The first value only: a stray brace or a second object after it is common.
                var reader = new Utf8JsonReader(System.Text.Encoding.UTF8.GetBytes(script.TextContent.Trim()), ReaderOptions);
                using var json = JsonDocument.ParseValue(ref reader);
                Flatten(json.RootElement.Clone(), objects, 0);
            }
            catch (JsonException)
            {
                // Broken JSON-LD is common; the other sources still run.
            }
        }
        return new JsonLd(objects);
    }

    public static bool IsArticle(JsonElement obj) => Types(obj).Any(ArticleTypes.Contains);

    public static IEnumerable<string> Types(JsonElement obj)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty("@type", out var type))
        {
            yield break;
        }
        if (type.ValueKind == JsonValueKind.String)
        {
            yield return type.GetString()!;
        }
        else if (type.ValueKind == JsonValueKind.Array)
        {
            foreach (var t in type.EnumerateArray().Where(t => t.ValueKind == JsonValueKind.String))
            {
                yield return t.GetString()!;
            }
        }
    }

    /// <summary>A property as text: a string, the first string of an array, or a nested object's name/url.</summary>
    public static string? Text(JsonElement obj, string property)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(property, out var value))
        {
            return null;
        }
        return AsText(value);
    }

    private static string? AsText(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => NullIfBlank(value.GetString()),
        JsonValueKind.Number => value.GetRawText(),
        JsonValueKind.Array => value.EnumerateArray().Select(AsText).FirstOrDefault(t => t is not null),
        JsonValueKind.Object => Text(value, "name") ?? Text(value, "url") ?? Text(value, "@id"),
        _ => null,
    };

    private static string? NullIfBlank(string? s) => string.IsNullOrWhiteSpace(s) ? null : s.Trim();

    private static void Flatten(JsonElement element, List<JsonElement> into, int depth)
    {
        if (depth > 4)
        {
            return;
        }
        if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
            {
                Flatten(item, into, depth + 1);
            }
            return;
        }
        if (element.ValueKind != JsonValueKind.Object)
        {
            return;
        }
        into.Add(element);
        if (element.TryGetProperty("@graph", out var graph))
        {
            Flatten(graph, into, depth + 1);
        }
        if (element.TryGetProperty("mainEntity", out var main) && main.ValueKind == JsonValueKind.Object)
        {
            Flatten(main, into, depth + 1);
        }
    }
}
