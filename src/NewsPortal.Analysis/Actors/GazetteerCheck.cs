using System.Text.Json;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Actors;

/// <summary>A gazetteer file that cannot be loaded as it is; the message names the file, the entry and the fix.</summary>
public sealed class GazetteerFileException(string message) : Exception(message);

/// <summary>
/// What makes a gazetteer file unusable: an id given twice, an alias that is an everyday word
/// ("أمل", "نور": it would tag ordinary prose), an alias of one letter. Checked when files are read,
/// so an edit that would quietly mistag every article fails loudly instead.
/// </summary>
public static class GazetteerCheck
{
    private static readonly Lazy<HashSet<string>> Common = new(() =>
    {
        var doc = Gazetteer.ReadResource<JsonElement>(typeof(GazetteerCheck).Assembly, "NewsPortal.Analysis.Lexicon.common-words.json");
        return [.. doc.GetProperty("words").EnumerateArray().Select(w => ArabicNormalizer.Normalize(w.GetString()!))];
    });

    /// <summary>Everyday words (normalized): never an alias alone, never a candidate's name.</summary>
    internal static HashSet<string> CommonWords => Common.Value;

    /// <summary>Every problem of the entries, each as one line "file: id: what is wrong"; empty when they load.</summary>
    public static IReadOnlyList<string> Problems(IEnumerable<(ActorEntry Entry, string Source)> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var problems = new List<string>();
        var seen = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var (e, source) in entries)
        {
            if (string.IsNullOrWhiteSpace(e.Id))
            {
                problems.Add($"{source}: an entry named \"{e.Name}\" has no id.");
                continue;
            }
            if (!seen.TryAdd(e.Id, source))
            {
                problems.Add($"{source}: {e.Id}: the id is used twice (also in {seen[e.Id]}); give each actor its own id or merge the two entries.");
            }
            foreach (var alias in (e.NamesAr ?? []).Concat(e.ShortNamesAr ?? []).Concat(e.Metonyms ?? []))
            {
                var key = ArabicNormalizer.Normalize(alias ?? "");
                if (key.Count(char.IsLetterOrDigit) < 2)
                {
                    problems.Add($"{source}: {e.Id}: the alias \"{alias}\" has fewer than two letters and would match stray letters; remove it.");
                }
                else if (CommonWords.Contains(key))
                {
                    problems.Add($"{source}: {e.Id}: the alias \"{alias}\" is an everyday word and would tag ordinary sentences; write it with more context (\"صحيفة {alias}\", a full name).");
                }
            }
        }
        return problems;
    }

    /// <summary>Throws <see cref="GazetteerFileException"/> listing every problem, if there is one.</summary>
    public static void ThrowIfInvalid(IEnumerable<(ActorEntry Entry, string Source)> entries)
    {
        var problems = Problems(entries);
        if (problems.Count > 0)
        {
            throw new GazetteerFileException($"The gazetteer cannot be loaded ({problems.Count} problem{(problems.Count == 1 ? "" : "s")}):\n" + string.Join('\n', problems));
        }
    }
}
