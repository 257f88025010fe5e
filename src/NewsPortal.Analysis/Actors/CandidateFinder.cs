using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Actors;

/// <summary>A person the gazetteer does not know, introduced by a title; proposed for an admin to accept.</summary>
public sealed record CandidateActor(string Name, string Title, int Start, int End, int TitleStart, int TitleEnd);

/// <summary>
/// Finds "title [of organization] [nisba] [،] First Last" where the name is not a known actor:
/// "الناطق باسم وزارة الخارجية ماثيو ميلر", "وزير الدفاع الياباني، مينورو كيهارا".
/// </summary>
internal static class CandidateFinder
{
    private const int MaxTitleWords = 8;
    private const int MaxNameWords = 3;

    private static readonly HashSet<string> Heads = Normalized(
        "الناطق", "الناطقة", "المتحدث", "المتحدثة", "وزير", "وزيرة", "الوزير", "الوزيرة", "رئيس", "رئيسة", "الرئيس", "الرئيسة",
        "مستشار", "مستشارة", "السفير", "السفيرة", "سفير", "سفيرة", "المبعوث", "المبعوثة", "مبعوث", "نائب", "نائبة", "مدير", "مديرة",
        "قائد", "القائد", "الأمين", "الجنرال", "الأميرال", "الزعيم", "السيناتور", "المندوب", "المندوبة", "مندوب", "الممثل", "الممثلة",
        "مساعد", "مساعدة", "رئيسا", "نائبا", "وزيرا", "المستشار");

    private static readonly HashSet<string> TitleWords = Normalized(
        "باسم", "وزارة", "الخارجية", "الدفاع", "الأمن", "القومي", "الوطني", "الوزراء", "الأركان", "هيئة", "العامة", "العام", "الأعلى",
        "الأول", "الأولى", "المكتب", "السياسي", "البيت", "الأبيض", "الإدارة", "الحكومة", "الحزب", "البرلمان", "مجلس", "النواب", "الشيوخ",
        "لجنة", "لشؤون", "شؤون", "الشؤون", "الخاص", "الخاصة", "الدائم", "الدائمة", "لدى", "في", "إلى", "الاستخبارات", "المخابرات",
        "الجيش", "القوات", "المسلحة", "الحرب", "الرئاسة", "الكرملين", "الدولة", "الدولية", "التوحيد", "الوحدة", "المالية", "الخزانة",
        "التجارة", "الاقتصاد", "الطاقة", "بوزارة", "بالبيت", "الأمم", "المتحدة", "للأمم", "الرئيس", "الرئيسي", "المساعد", "الأسبق",
        "السابق", "السابقة", "الجديد", "الجديدة", "للشؤون", "القيادة", "العليا", "البحرية", "الجوية", "البرية", "الوكالة", "وكالة",
        "الأنباء", "لجنة", "الصحفي", "الصحفية", "الرسمي", "الرسمية", "الإعلامي", "الإعلامية");

    // Words that end a name: particles, reporting verbs, time words.
    private static readonly HashSet<string> Stops = Normalized(
        "قال", "قالت", "إن", "أن", "ان", "في", "من", "على", "إلى", "عن", "مع", "خلال", "يوم", "أمس", "اليوم", "الذي", "التي", "بأن",
        "لصحفيين", "للصحفيين", "أكد", "أكدت", "أعلن", "أعلنت", "أوضح", "أضاف", "صرح", "ذكر", "ذكرت", "كان", "كانت", "قد", "لقد", "هو",
        "هي", "إنه", "إنها", "أنه", "أنها", "بعد", "قبل", "منذ", "حيث", "كما", "لكن", "ثم", "أو", "أي", "كل", "هذا", "هذه", "ذلك", "تلك",
        "يقول", "تقول", "وصف", "وصفت", "دعا", "دعت", "حذر", "حذرت", "لوكالة", "لقناة", "لصحيفة", "بيان", "عبر", "بين", "عند", "لدى",
        "السيد", "السيدة", "نظيره", "نظيرها", "نظيريه", "يزور", "يلتقي", "التقى", "زار", "يجري", "أجرى", "يقوم", "قام", "سيزور",
        "سيلتقي", "يرافقه", "برفقة", "بزيارة", "زيارة", "خلفا", "بدلا", "شخصيا", "رسميا", "أيضا", "مجددا", "مؤخرا", "حاليا", "سابقا",
        "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين");

    public static List<CandidateActor> Find(NormalizedText normalized, List<Token> tokens, List<TaggedMention> mentions, string original)
    {
        var known = new bool[tokens.Count];
        var person = new bool[tokens.Count];
        foreach (var m in mentions)
        {
            for (var i = m.First; i <= m.Last; i++)
            {
                known[i] = true;
                person[i] = m.Entry.Kind == ActorKinds.Person;
            }
        }
        var found = new List<CandidateActor>();
        for (var i = 0; i < tokens.Count; i++)
        {
            if (!Proclitics.Strips(tokens[i].Value).Any(s => Heads.Contains(s.Form)))
            {
                continue;
            }
            // The title runs over title words and known organizations/countries/nisba.
            var j = i + 1;
            while (j < tokens.Count && j - i <= MaxTitleWords && IsInside(normalized.Text, tokens, j)
                && (TitleWords.Contains(tokens[j].Value) || (known[j] && !person[j])))
            {
                j++;
            }
            var nameStart = j;
            while (j < tokens.Count && j - nameStart < MaxNameWords && IsNameWord(tokens[j].Value) && !known[j]
                && (j == nameStart || tokens[j].JoinsPrevious))
            {
                j++;
            }
            if (j - nameStart < 2 || !IsInside(normalized.Text, tokens, nameStart, allowComma: true))
            {
                continue;
            }
            var (ns, ne) = normalized.ToSource(tokens[nameStart].Start, tokens[j - 1].End);
            var (ts, te) = normalized.ToSource(tokens[i].Start, tokens[nameStart - 1].End);
            found.Add(new CandidateActor(original[ns..ne], original[ts..te], ns, ne, ts, te));
            i = j - 1;
        }
        return found;
    }

    /// <summary>True when token j continues the phrase of the token before it (no sentence break).</summary>
    private static bool IsInside(string text, List<Token> tokens, int j, bool allowComma = false)
    {
        if (j == 0)
        {
            return false;
        }
        if (tokens[j].JoinsPrevious)
        {
            return true;
        }
        var gap = text.AsSpan(tokens[j - 1].End, tokens[j].Start - tokens[j - 1].End).Trim();
        return allowComma && gap is "," or "،";
    }

    private static bool IsNameWord(string word) =>
        word.Length >= 2 && !word.StartsWith("ال", StringComparison.Ordinal) && !Stops.Contains(word)
        && !(word.Length > 3 && word[0] == 'و' && Stops.Contains(word[1..])) && word.All(char.IsLetter) && !IsLatinWord(word)
        && !word.StartsWith("لل", StringComparison.Ordinal);

    private static bool IsLatinWord(string word) => word[0] < 0x0600;

    private static HashSet<string> Normalized(params string[] words) => [.. words.Select(ArabicNormalizer.Normalize)];
}
