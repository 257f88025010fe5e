using System.Reflection;
using System.Text.Json;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Actors;

/// <summary>
/// The actors the engine can recognise, indexed by every normalized spelling. Built from the
/// embedded lexicon (<see cref="LoadDefault"/>) or from any entries (<see cref="Build"/>), e.g.
/// admin-edited actors from the database.
/// </summary>
public sealed class Gazetteer
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };
    private static readonly Lazy<Gazetteer> Default = new(() => Build(ReadEmbedded()));

    private readonly List<ActorEntry> entries;
    private readonly Dictionary<string, int> byId;
    private readonly List<GazetteerAlias> aliases = [];

    private Gazetteer(List<ActorEntry> entries)
    {
        this.entries = entries;
        byId = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < entries.Count; i++)
        {
            byId[entries[i].Id] = i;
        }
        for (var i = 0; i < entries.Count; i++)
        {
            Index(i);
        }
    }

    internal TokenTrie<AliasTarget> Trie { get; } = new();

    /// <summary>Aliases written in parentheses in the data ("(كنا)"): they count only in parentheses, where an everyday word cannot stand.</summary>
    internal Dictionary<string, int> Parenthesised { get; } = new(StringComparer.Ordinal);

    private Ministries? ministries;

    /// <summary>The ministries by field and state, read from their names once (a benign race builds the same table).</summary>
    internal Ministries Ministries => ministries ??= Ministries.Build(this);

    public IReadOnlyList<ActorEntry> Actors => entries;

    /// <summary>Every alias key with its written spelling, for autocomplete.</summary>
    public IReadOnlyList<GazetteerAlias> Aliases => aliases;

    /// <summary>The gazetteer of the embedded lexicon files (cached; it is immutable).</summary>
    public static Gazetteer LoadDefault() => Default.Value;

    /// <summary>A gazetteer of the given entries; later entries with the same id replace earlier ones.</summary>
    public static Gazetteer Build(IEnumerable<ActorEntry> entries)
    {
        ArgumentNullException.ThrowIfNull(entries);
        var unique = new Dictionary<string, ActorEntry>(StringComparer.Ordinal);
        foreach (var e in entries)
        {
            unique[e.Id] = e;
        }
        return new Gazetteer([.. unique.Values]);
    }

    /// <summary>Reads all embedded lexicon files of actors (Lexicon/actors-*.json), checked by <see cref="GazetteerCheck"/>.</summary>
    public static IReadOnlyList<ActorEntry> ReadEmbedded()
    {
        var assembly = typeof(Gazetteer).Assembly;
        var list = new List<(ActorEntry, string)>();
        foreach (var name in assembly.GetManifestResourceNames().Order(StringComparer.Ordinal))
        {
            if (name.StartsWith("NewsPortal.Analysis.Lexicon.actors-", StringComparison.Ordinal))
            {
                var file = name["NewsPortal.Analysis.Lexicon.".Length..];
                list.AddRange(ReadResource<List<ActorEntry>>(assembly, name).Select(e => (e, file)));
            }
        }
        GazetteerCheck.ThrowIfInvalid(list);
        return [.. list.Select(x => x.Item1)];
    }

    /// <summary>
    /// Reads gazetteer files (JSON arrays of entries, as in Lexicon/actors-*.json), e.g. an admin's
    /// edited copy; a file that is not such JSON or holds a problem of <see cref="GazetteerCheck"/> fails with its name.
    /// </summary>
    public static IReadOnlyList<ActorEntry> ReadFiles(IEnumerable<(string Name, string Json)> files)
    {
        ArgumentNullException.ThrowIfNull(files);
        var list = new List<(ActorEntry, string)>();
        foreach (var (name, json) in files)
        {
            try
            {
                list.AddRange((JsonSerializer.Deserialize<List<ActorEntry>>(json, Json) ?? []).Select(e => (e, name)));
            }
            catch (JsonException ex)
            {
                throw new GazetteerFileException($"{name}: not a gazetteer file: {ex.Message}");
            }
        }
        GazetteerCheck.ThrowIfInvalid(list);
        return [.. list.Select(x => x.Item1)];
    }

    internal static T ReadResource<T>(Assembly assembly, string name)
    {
        using var stream = assembly.GetManifestResourceStream(name)
            ?? throw new InvalidOperationException($"Missing embedded resource {name}.");
        return JsonSerializer.Deserialize<T>(stream, Json) ?? throw new InvalidOperationException($"Empty resource {name}.");
    }

    public ActorEntry? Find(string id) => byId.TryGetValue(id, out var i) ? entries[i] : null;

    internal ActorEntry this[int index] => entries[index];

    /// <summary>
    /// Actors a typed query names, in any spelling, Arabic or English, with proclitics
    /// ("لبوتين", "بوتين", "Putin"). Short names return every actor they may stand for.
    /// </summary>
    public IReadOnlyList<ActorEntry> Resolve(string query)
    {
        ArgumentNullException.ThrowIfNull(query);
        var tokens = Tokens.Split(ArabicNormalizer.Normalize(query)).Select(t => t.Value).ToList();
        if (tokens.Count == 0)
        {
            return [];
        }
        var found = new List<ActorEntry>();
        foreach (var (form, _) in Proclitics.Strips(tokens[0]))
        {
            tokens[0] = form;
            foreach (var t in Trie.Lookup(tokens) ?? [])
            {
                if (!found.Contains(entries[t.Entry]))
                {
                    found.Add(entries[t.Entry]);
                }
            }
            if (found.Count > 0)
            {
                break;
            }
        }
        return found;
    }

    /// <summary>Aliases whose key starts with the normalized prefix, for autocomplete.</summary>
    public IReadOnlyList<GazetteerAlias> Suggest(string prefix, int max = 10)
    {
        var key = ArabicNormalizer.Normalize(prefix ?? "");
        return key.Length == 0 ? [] :
            [.. aliases.Where(a => a.Key.StartsWith(key, StringComparison.Ordinal)).DistinctBy(a => (a.ActorId, a.Key)).Take(max)];
    }

    private void Index(int i)
    {
        var e = entries[i];
        var variants = e.Kind is ActorKinds.Person or ActorKinds.Location or ActorKinds.Weapon or ActorKinds.Media or ActorKinds.Organization;
        // Entries from the database may carry null lists.
        AddAll(i, [e.Name, .. e.NamesEn ?? [], .. e.NamesAr ?? []], MentionForm.Name, variants);
        AddAll(i, e.ShortNamesAr ?? [], MentionForm.ShortName, variants);
        AddAll(i, e.Metonyms ?? [], MentionForm.Metonym, variants: false);
        AddAll(i, [.. (e.Nisba ?? []).SelectMany(NisbaForms.Derive), .. e.NisbaForms ?? []], MentionForm.Nisba, variants: false);
        var roles = e.Roles ?? [];
        for (var r = 0; r < roles.Count; r++)
        {
            AddAll(i, roles[r].TitlesAr ?? [], MentionForm.Title, variants: false, role: r);
        }
    }

    private void AddAll(int entry, IEnumerable<string> names, MentionForm form, bool variants, int role = -1)
    {
        foreach (var name in names)
        {
            if (string.IsNullOrWhiteSpace(name))
            {
                continue;
            }
            var key = ArabicNormalizer.Normalize(name);
            if (key.Length > 2 && key[0] == '(' && key[^1] == ')' && Tokens.Split(key) is [var only])
            {
                Parenthesised.TryAdd(only.Value, entry);
                aliases.Add(new GazetteerAlias(only.Value, name, entries[entry].Id, form));
                continue;
            }
            var keys = variants ? Spellings.Variants(key) : [key];
            foreach (var k in keys)
            {
                var tokens = Tokens.Split(k).Select(t => t.Value).ToList();
                if (tokens.Count == 0)
                {
                    continue;
                }
                Trie.Add(tokens, new AliasTarget(entry, form, role));
                aliases.Add(new GazetteerAlias(string.Join(' ', tokens), name, entries[entry].Id, form));
            }
        }
    }
}
