using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Events;

/// <summary>How a clause hangs on the one it opens from.</summary>
internal enum ClauseKind
{
    Main,

    /// <summary>After أن/إن: what is said, reported or denied.</summary>
    Complement,

    /// <summary>After الذي/التي…: describes a noun of the outer clause.</summary>
    Relative,

    /// <summary>After بعد/قبل/عقب/منذ…: a happening that frames the outer one in time.</summary>
    Frame,

    /// <summary>After خلال/أثناء/على هامش/عقب: the happening inside or right after which the outer one took place.</summary>
    During,
}

internal readonly record struct Clause(ClauseKind Kind, int Parent, int Start);

/// <summary>
/// The clauses of one sentence, from the words that open them. A date belongs to the verb of its
/// own clause; a frame or during clause ends at the next comma (بعد زيارة كيم في 2023، أصبح …),
/// complements and relatives run to the next opener. A word that begins a date phrase (قبل 75 عاما)
/// opens no clause.
/// </summary>
internal sealed class Clauses
{
    private static readonly HashSet<string> ComplementWords =
        ["ان", "بان", "انه", "انها", "بانه", "بانها", "لان", "انهم", "بانهم", "انهما", "بانهما", "وان", "وانه", "وانها"];

    private static readonly HashSet<string> RelativeWords =
        ["الذي", "التي", "الذين", "اللذين", "اللتين", "اللذان", "اللتان", "اللواتي", "حيث", "والذي", "والتي", "والذين", "وحيث",
            // Participles that describe a noun as a relative clause would: "المعاهدة الموقعة بين البلدين، في 2000".
            "الموقعه", "الموقعتين", "المبرمه", "المبرم", "المنعقده", "المنعقد"];

    private static readonly HashSet<string> FrameWords =
        ["بعد", "وبعد", "قبل", "وقبل", "منذ", "ومنذ", "عندما", "حين", "حينما", "لدي", "بينما", "فيما", "وفيما", "كي", "لكي",
            "ذكري", "الذكري", "بالذكري", "لذكري", "حسبما", "بحسب", "وبحسب", "حسب", "وفقا", "ووفقا", "طبقا", "نقلا"];

    private static readonly HashSet<string> DuringWords =
        ["خلال", "وخلال", "اثناء", "واثناء", "خلالها", "خلاله", "ختام", "هامش", "عقب", "وعقب", "اثر", "واثر"];

    private readonly int first;
    private readonly int[] clauseOf;

    // startsDate: a date phrase begins at the token; startsName: an actor's name does (an
    // apposition after a comma, "بومبيو، وزير الخارجية،", does not close a clause).
    public Clauses(IReadOnlyList<Token> tokens, string normalized, int first, int last, Func<int, bool> startsDate, Func<int, bool> startsName)
    {
        this.first = first;
        clauseOf = new int[Math.Max(0, last - first)];
        List = [new Clause(ClauseKind.Main, -1, first)];
        var current = 0;
        for (var k = first; k < last; k++)
        {
            if (k > first && (List[current].Kind is ClauseKind.Frame or ClauseKind.During || (List[current].Kind == ClauseKind.Relative && Parenthetical(current) && Opens(tokens[k].Value) is not (ClauseKind.Frame or ClauseKind.During)))
                && CommaBefore(tokens, normalized, k) && !startsDate(k) && !startsName(k))
            {
                current = List[current].Parent;
            }
            // "غير أن"، "بيد أن"، "إلا أن" (however): what follows is a statement of its own, not what the verb before says.
            if (k > first && Contrast(tokens[k - 1].Value, tokens[k].Value))
            {
                List.Add(new Clause(ClauseKind.Main, -1, k));
                current = List.Count - 1;
                clauseOf[k - first] = current;
                continue;
            }
            var kind = startsDate(k) ? null : Opens(tokens[k].Value) ?? OpensSource(tokens, k, first, last);
            // "بعد ظهر الأحد", "خلال الشهر الماضي" are dates, not clauses.
            if (kind is ClauseKind.Frame or ClauseKind.During && k + 1 < last && startsDate(k + 1))
            {
                kind = null;
            }
            if (kind is { } opened)
            {
                // "أكد …، الأربعاء، أن …، وذلك خلال لقائه …": "وذلك" takes the during clause back to the main verb.
                var parent = opened == ClauseKind.During && k > first && tokens[k - 1].Value is "وذلك" or "ذلك" ? 0 : current;
                List.Add(new Clause(opened, parent, k));
                current = List.Count - 1;
                if (opened == ClauseKind.Relative && k > first && CommaBefore(tokens, normalized, k))
                {
                    parenthetical.Add(current);
                }
            }
            clauseOf[k - first] = current;
        }
    }

    public List<Clause> List { get; }

    // Relative clauses set off by a comma ("القمة، التي عقدت في هانوي في فبراير، انتهت …") end at the
    // next one, unless a frame or during phrase goes on there ("التي توصل إليها القادة في يونيو، خلال القمة").
    private readonly HashSet<int> parenthetical = [];

    private bool Parenthetical(int clause) => parenthetical.Contains(clause);

    public int Of(int token) => token - first is var i && i >= 0 && i < clauseOf.Length ? clauseOf[i] : 0;

    /// <summary>True when the clause says what the ancestor clause reports: below it, through a complement.</summary>
    public bool Reports(int clause, int ancestor)
    {
        var throughComplement = false;
        for (var c = clause; c >= 0; c = List[c].Parent)
        {
            if (c == ancestor)
            {
                return throughComplement;
            }
            throughComplement |= List[c].Kind == ClauseKind.Complement;
        }
        return false;
    }

    // The four lists as one map (one hash per word); a word in several lists opens the first kind.
    private static readonly Dictionary<string, ClauseKind> Openers = BuildOpeners();

    private static Dictionary<string, ClauseKind> BuildOpeners()
    {
        var openers = new Dictionary<string, ClauseKind>(StringComparer.Ordinal);
        foreach (var (words, kind) in new[] { (ComplementWords, ClauseKind.Complement), (RelativeWords, ClauseKind.Relative), (FrameWords, ClauseKind.Frame), (DuringWords, ClauseKind.During) })
        {
            foreach (var w in words)
            {
                openers.TryAdd(w, kind);
            }
        }
        return openers;
    }

    private static ClauseKind? Opens(string word) => Openers.TryGetValue(word, out var kind) ? kind : null;

    private static readonly HashSet<string> ReportingVerbs =
        ["ذكرت", "ذكر", "افادت", "افاد", "نقلت", "نقل", "اوردت", "اورد", "قالت", "قال", "اعلنت", "اعلن", "افادت", "اكدت", "اكد", "اظهرت", "كشفت", "كشف"];

    /// <summary>
    /// "على ما أفادت الوزارة الأربعاء", "وفق ما ذكرت الوكالة", "كما نقلت رويترز": who reports it, and
    /// when they did, stand apart from what is reported (like بحسب/حسبما, a frame of the report).
    /// </summary>
    private static ClauseKind? OpensSource(IReadOnlyList<Token> tokens, int k, int first, int last) =>
        (tokens[k].Value == "ما" && k > first && tokens[k - 1].Value is "علي" or "وفق" or "حسب" && k + 1 < last && ReportingVerbs.Contains(tokens[k + 1].Value))
        || (tokens[k].Value is "كما" or "وكما" && k > first && k + 1 < last && ReportingVerbs.Contains(tokens[k + 1].Value))
            ? ClauseKind.Frame : null;

    private static bool Contrast(string previous, string word) =>
        previous is "غير" or "بيد" or "الا" or "والا" && word is "ان" or "انه" or "انها" or "انهم" or "انهما";

    private static bool CommaBefore(IReadOnlyList<Token> tokens, string normalized, int k)
    {
        for (var i = tokens[k - 1].End; i < tokens[k].Start; i++)
        {
            if (normalized[i] is ',' or ';' or ':')
            {
                return true;
            }
        }
        return false;
    }
}
