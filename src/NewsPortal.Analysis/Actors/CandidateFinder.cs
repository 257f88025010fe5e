using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Actors;

/// <summary>
/// An actor the gazetteer does not know, proposed for an admin to accept: a person introduced by a
/// title or with a foreign given name, an outlet introduced by "صحيفة"/"وكالة"/"قناة"/"نقلا عن", an
/// organisation by "شركة". <see cref="Title"/> is what introduced it; <see cref="Evidence"/> the sentence.
/// </summary>
public sealed record CandidateActor(string Name, string Title, int Start, int End, int TitleStart, int TitleEnd)
{
    public string Kind { get; init; } = ActorKinds.Person;
    public string Evidence { get; init; } = "";
}

/// <summary>
/// Finds actors the gazetteer does not know, in the shapes the press introduces them:
/// "title [of organization] [nisba] [،] First Last" ("الناطق باسم وزارة الخارجية ماثيو ميلر");
/// a foreign given name or Korean surname and one or two more name words ("ديمتري نوفيكوف");
/// "صحيفة/وكالة/قناة ... «Name»" or unquoted name words, and "نقلا عن «Name»" (outlets);
/// "شركة «Name»" (organisations). Everyday words and title words are never a name ("طلب عدم كشف", "وزير خارجية").
/// </summary>
internal static class CandidateFinder
{
    private const int MaxTitleWords = 8;
    private const int MaxNameWords = 3;

    private static readonly HashSet<string> Heads = Normalized(
        "الناطق", "الناطقة", "المتحدث", "المتحدثة", "وزير", "وزيرة", "الوزير", "الوزيرة", "رئيس", "رئيسة", "الرئيس", "الرئيسة",
        "مستشار", "مستشارة", "السفير", "السفيرة", "سفير", "سفيرة", "المبعوث", "المبعوثة", "مبعوث", "نائب", "نائبة", "مدير", "مديرة",
        "قائد", "القائد", "الأمين", "الجنرال", "الأميرال", "الزعيم", "السيناتور", "المندوب", "المندوبة", "مندوب", "الممثل", "الممثلة",
        "مساعد", "رئيسا", "نائبا", "وزيرا", "المستشار");

    private static readonly HashSet<string> TitleWords = Normalized(
        "باسم", "وزير", "وزيرة", "وزارة", "الخارجية", "الدفاع", "الأمن", "القومي", "الوطني", "الوزراء", "الأركان", "هيئة", "العامة", "العام", "الأعلى",
        "الأول", "الأولى", "المكتب", "السياسي", "البيت", "الأبيض", "الإدارة", "الحكومة", "الحزب", "البرلمان", "مجلس", "النواب", "الشيوخ",
        "لجنة", "لشؤون", "شؤون", "الشؤون", "الخاص", "الخاصة", "الدائم", "الدائمة", "لدى", "في", "إلى", "الاستخبارات", "المخابرات",
        "الجيش", "القوات", "المسلحة", "الحرب", "الرئاسة", "الكرملين", "الدولة", "الدولية", "التوحيد", "الوحدة", "المالية", "الخزانة",
        "التجارة", "الاقتصاد", "الطاقة", "بوزارة", "بالبيت", "الأمم", "المتحدة", "للأمم", "الرئيس", "الرئيسي", "المساعد", "الأسبق",
        "السابق", "السابقة", "الجديد", "الجديدة", "للشؤون", "القيادة", "العليا", "البحرية", "الجوية", "البرية", "الوكالة", "وكالة",
        "الأنباء", "لجنة", "الصحفي", "الصحفية", "الرسمي", "الرسمية", "الإعلامي", "الإعلامية",
        // A role held at the time ("الرئيس الروسي آنذاك بوريس يلتسين"): the time word belongs to the title.
        "آنذاك", "حينذاك", "حينها", "وقتها", "وقتذاك", "يومها", "يومذاك");

    // Words that end a name: particles, reporting verbs, time words.
    private static readonly HashSet<string> Stops = Normalized(
        "قال", "قالت", "إن", "أن", "ان", "في", "من", "على", "إلى", "عن", "مع", "خلال", "يوم", "أمس", "اليوم", "الذي", "التي", "بأن",
        "لصحفيين", "للصحفيين", "أكد", "أكدت", "أعلن", "أعلنت", "أوضح", "أضاف", "صرح", "ذكر", "ذكرت", "كان", "كانت", "قد", "لقد", "هو",
        "هي", "إنه", "إنها", "أنه", "أنها", "بعد", "قبل", "منذ", "حيث", "كما", "لكن", "ثم", "أو", "أي", "كل", "هذا", "هذه", "ذلك", "تلك",
        "يقول", "تقول", "وصف", "وصفت", "دعا", "دعت", "حذر", "حذرت", "لوكالة", "لقناة", "لصحيفة", "بيان", "عبر", "بين", "عند", "لدى",
        "السيد", "السيدة", "لما", "كلما", "عندما", "نظيره", "نظيرها", "نظيريه", "يزور", "يلتقي", "التقى", "زار", "يجري", "أجرى", "يقوم", "قام", "سيزور",
        "سيلتقي", "يرافقه", "برفقة", "بزيارة", "زيارة", "خلفا", "بدلا", "شخصيا", "رسميا", "أيضا", "مجددا", "مؤخرا", "حاليا", "سابقا",
        "الثلاثاء", "الأربعاء", "الخميس", "الجمعة", "السبت", "الأحد", "الاثنين",
        // Negations and the verbs the press puts right after a name ("بوتين وصل", "كيم قرر"): short words a
        // transliteration could also be, so they are listed rather than told by shape.
        "لا", "لم", "لن", "ولو", "وهو", "وهي", "وصل", "وصلت", "يصل", "تصل", "غادر", "غادرت", "يغادر", "قرر", "قررت", "يقرر", "منح", "منحت",
        "يمنح", "وقع", "وقعت", "يوقع", "يرى", "ترى", "رأى", "اعتبر", "يعتبر", "بدأ", "بدأت", "يبدأ", "شارك", "يشارك", "حضر", "يحضر", "أشار",
        "أشارت", "استقبل", "استقبلت", "يستقبل", "تلقى", "بعث", "أرسل", "هنأ", "رحب", "رحبت", "يريد", "أراد", "ظهر", "ظهرت", "توجه", "عاد",
        "عادت", "أمر", "سيصل", "طالب", "نفى", "نفت", "وعد", "أبلغ", "أبدى", "اتهم", "اتهمت", "هدد", "هددت");

    /// <summary>Given names and surnames that open a transliterated foreign name (Russian, English, Korean, Japanese, Chinese).</summary>
    private static readonly HashSet<string> GivenNames = Normalized(
        "ديمتري", "دميتري", "سيرغي", "سيرجي", "ألكسندر", "الكسندر", "أليكسي", "ألكسي", "فلاديمير", "ميخائيل", "أندريه", "أندري", "إيغور", "ايغور",
        "يوري", "نيكولاي", "إيفان", "بافل", "أوليغ", "أوليج", "فيكتور", "بوريس", "غينادي", "فاليري", "فياتشيسلاف", "قسطنطين", "كونستانتين", "مكسيم",
        "ماكسيم", "رومان", "أنطون", "يفغيني", "يفجيني", "فاسيلي", "غريغوري", "ليونيد", "أناتولي", "ستانيسلاف", "فلاديسلاف", "ماريا", "أولغا", "إيلينا",
        "يلينا", "ناتاليا", "تاتيانا", "آنا", "إيرينا", "سفيتلانا", "فالنتينا", "يكاترينا", "جون", "جورج", "مايك", "مايكل", "جيمس", "روبرت", "ديفيد",
        "ريتشارد", "توماس", "ويليام", "وليام", "مارك", "ستيفن", "بول", "بيتر", "دانيال", "كريستوفر", "جوزيف", "تشارلز", "أنتوني", "ماثيو", "جيك",
        "كيرت", "ليندا", "جنيفر", "كارين", "سارة", "إليزابيث", "ماري", "هيروشي", "يوشيهيدي", "تارو", "كينجي", "تاكيشي", "يوكو", "شينجي", "كيم", "بارك",
        "تشوي", "كانغ", "يون", "ري", "جو", "شين", "سين", "هان", "تشو", "جانغ", "أوه", "وانغ", "تشانغ", "ليو", "تشين", "تشاو", "هوانغ", "شي");

    /// <summary>Words that introduce an outlet or an organisation by its name.</summary>
    private static readonly Dictionary<string, string> Introducers = new(StringComparer.Ordinal)
    {
        [ArabicNormalizer.Normalize("صحيفة")] = ActorKinds.Media, [ArabicNormalizer.Normalize("وكالة")] = ActorKinds.Media,
        [ArabicNormalizer.Normalize("قناة")] = ActorKinds.Media,
        [ArabicNormalizer.Normalize("شبكة")] = ActorKinds.Media, [ArabicNormalizer.Normalize("مجلة")] = ActorKinds.Media,
        [ArabicNormalizer.Normalize("إذاعة")] = ActorKinds.Media, [ArabicNormalizer.Normalize("تلفزيون")] = ActorKinds.Media,
        [ArabicNormalizer.Normalize("شركة")] = ActorKinds.Organization, [ArabicNormalizer.Normalize("مجموعة")] = ActorKinds.Organization,
    };

    private static readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> IntroducerLookup = Introducers.GetAlternateLookup<ReadOnlySpan<char>>();

    private const int MaxQuotedWords = 5;

    private static readonly HashSet<string> NewsWords = Normalized("للأنباء", "الإخبارية", "للأخبار", "نيوز");

    private static readonly string[] ForeignEndings =
        ["وف", "وفا", "يف", "يفا", "سكي", "سكايا", "نغ", "نج", "تش", "يتش", "رت", "رز", "تس", "كو", "غو", "جو", "وس", "يس", "يان", "ين", "ون", "ان",
        // A final و after a consonant is a transliterated vowel ("إيلبو", "كيودو"); Arabic words rarely end so.
        "بو", "دو", "تو", "رو", "مو", "نو", "سو", "فو", "لو"];

    private static readonly string[] ForeignClusters =
        ["تش", "شت", "غو", "جو", "يو", "ثي", "ست", "سك", "نغ", "كس", "فل", "بر", "تر", "كر", "غر", "در", "فر", "بل", "كل", "غل"];

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
        var heads = Heads.GetAlternateLookup<ReadOnlySpan<char>>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var next = Titled(normalized, tokens, known, person, original, heads, i, found)
                ?? Introduced(normalized, tokens, known, original, i, found)
                ?? GivenName(normalized, tokens, known, original, i, found);
            if (next is { } n)
            {
                i = n;
            }
        }
        return [.. found.DistinctBy(c => (ArabicNormalizer.Normalize(c.Name), c.Kind))];
    }

    /// <summary>"title [of organization] [nisba] [،] First Last": returns the last token used, or null.</summary>
    private static int? Titled(NormalizedText normalized, List<Token> tokens, bool[] known, bool[] person, string original,
        HashSet<string>.AlternateLookup<ReadOnlySpan<char>> heads, int i, List<CandidateActor> found)
    {
        if (!Proclitics.AnyIn(heads, tokens[i].Value))
        {
            return null;
        }
        // The title runs over title words and known organizations/countries/nisba.
        var j = i + 1;
        while (j < tokens.Count && j - i <= MaxTitleWords && IsInside(normalized.Text, tokens, j)
            && (TitleWords.Contains(tokens[j].Value) || (known[j] && !person[j])))
        {
            j++;
        }
        var nameStart = j;
        while (j < tokens.Count && j - nameStart < MaxNameWords && IsNameWord(tokens[j].Value) && !ArabicShaped(tokens[j].Value) && !known[j]
            && (j == nameStart || tokens[j].JoinsPrevious))
        {
            j++;
        }
        if (j - nameStart < 2 || !IsInside(normalized.Text, tokens, nameStart, allowComma: true)
            || !AnyForeignOrGiven(tokens, nameStart, j) || CutShort(tokens, j - 1))
        {
            return null;
        }
        found.Add(Candidate(normalized, tokens, original, nameStart, j - 1, i, nameStart - 1, ActorKinds.Person));
        return j - 1;
    }

    // Loops, not Enumerable.Range(…).Any(lambda): the lambda's closure was allocated for every token of the article.
    private static bool AnyForeignOrGiven(List<Token> tokens, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (LooksForeign(tokens[t].Value) || GivenNames.Contains(tokens[t].Value))
            {
                return true;
            }
        }
        return false;
    }

    private static bool AnyKnownOrCommon(List<Token> tokens, bool[] known, int from, int to)
    {
        for (var t = from; t < to; t++)
        {
            if (known[t] || GazetteerCheck.CommonWords.Contains(tokens[t].Value))
            {
                return true;
            }
        }
        return false;
    }

    /// <summary>"صحيفة «إر بي كا»", "وكالة بلومبرغ", "نقلا عن «…»", "شركة «…»": an outlet or organisation by name.</summary>
    private static int? Introduced(NormalizedText normalized, List<Token> tokens, bool[] known, string original, int i, List<CandidateActor> found)
    {
        var word = tokens[i].Value;
        string? kind = null;
        var introducers = IntroducerLookup;
        var offset = word.Length > 4 && word[0] is 'و' or 'ف' or 'ل' or 'ب' && introducers.ContainsKey(word.AsSpan(1)) ? 1 : 0;
        if (introducers.TryGetValue(word.AsSpan(offset), out var k))
        {
            kind = k;
        }
        else if (word == "عن" && i > 0 && tokens[i - 1].Value is "نقلا" or "نقل")
        {
            kind = ActorKinds.Media;
        }
        if (kind is null || i + 1 >= tokens.Count || known[i + 1])
        {
            return null;
        }
        // A quoted name right after the word: the quotes say where it ends.
        var gap = normalized.Text.AsSpan(tokens[i].End, tokens[i + 1].Start - tokens[i].End).Trim();
        int last;
        if (gap is "\"" or "«" or "“" or "'")
        {
            var close = gap[0] == '«' ? '»' : gap[0] == '“' ? '”' : gap[0];
            last = i + 1;
            while (last + 1 < tokens.Count && last + 1 - i <= MaxQuotedWords && normalized.Text.IndexOf(close, tokens[last].End, tokens[last + 1].Start - tokens[last].End) < 0)
            {
                last++;
            }
            if (normalized.Text.IndexOf(close, tokens[last].End, Math.Min(3, normalized.Text.Length - tokens[last].End)) < 0
                || AnyKnownOrCommon(tokens, known, i + 1, last + 1))
            {
                return null;
            }
        }
        else if (gap.Length == 0 && kind == ActorKinds.Media && IsNameWord(tokens[i + 1].Value) && LooksForeign(tokens[i + 1].Value))
        {
            // Unquoted: up to three transliterated words ("وكالة بلومبرغ", "صحيفة وول ستريت جورنال"), and the
            // "news" word outlets carry in their name ("وكالة يونهاب للأنباء").
            last = i + 1;
            while (last + 1 < tokens.Count && last - i < MaxNameWords && tokens[last + 1].JoinsPrevious && !known[last + 1]
                && IsNameWord(tokens[last + 1].Value) && LooksForeign(tokens[last + 1].Value))
            {
                last++;
            }
            if (last + 1 < tokens.Count && tokens[last + 1].JoinsPrevious && NewsWords.Contains(tokens[last + 1].Value))
            {
                last++;
            }
        }
        else
        {
            return null;
        }
        found.Add(Candidate(normalized, tokens, original, i + 1, last, i - (word == "عن" ? 1 : 0), i, kind));
        return last;
    }

    /// <summary>"ديمتري نوفيكوف", "بارك جي وون": a foreign given name or Korean surname and one or two name words.</summary>
    private static int? GivenName(NormalizedText normalized, List<Token> tokens, bool[] known, string original, int i, List<CandidateActor> found)
    {
        if (known[i] || !GivenNames.Contains(tokens[i].Value))
        {
            return null;
        }
        var j = i + 1;
        while (j < tokens.Count && j - i <= MaxNameWords - 1 && tokens[j].JoinsPrevious && !known[j] && IsNameWord(tokens[j].Value)
            && LooksForeign(tokens[j].Value))
        {
            j++;
        }
        if (j - i < 2 || CutShort(tokens, j - 1))
        {
            return null;
        }
        found.Add(Candidate(normalized, tokens, original, i, j - 1, i, i, ActorKinds.Person) with { Title = "" });
        return j - 1;
    }

    private static CandidateActor Candidate(NormalizedText normalized, List<Token> tokens, string original, int first, int last, int titleFirst, int titleLast, string kind)
    {
        var (ns, ne) = normalized.ToSource(tokens[first].Start, tokens[last].End);
        var (ts, te) = normalized.ToSource(tokens[titleFirst].Start, tokens[titleLast].End);
        var (ss, se) = Sentences.Around(normalized.Text, tokens[first].Start, tokens[last].End);
        var (es, ee) = normalized.ToSource(ss, se);
        return new CandidateActor(original[ns..ne], original[ts..te], ns, ne, ts, te) { Kind = kind, Evidence = original[es..ee].Trim() };
    }

    /// <summary>
    /// Arabic word shapes: a feminine or pronoun ending (ـة/ـه), an imperfect verb (يفعل، تبلغ), a conjunction on a verb (ويجب), tanween,
    /// a long sound feminine plural ("مباحثات", "مفاوضات").
    /// </summary>
    private static bool ArabicShaped(string word) =>
        word[^1] == 'ه' || (word.Length >= 6 && word.EndsWith("ات", StringComparison.Ordinal)) || (word.Length == 4 && word[0] is 'ي' or 'ت' or 'ن')
        || (word.Length >= 4 && word[0] is 'و' or 'ف' && word[1] is 'ي' or 'ت' && word[2] != 'ل')
        || (word.Length >= 4 && word[^1] == 'ا' && word[^2] is 'ج' or 'ح' or 'ه');

    /// <summary>
    /// Spelling of a transliterated word rather than an Arabic one: no Arabic article or pronoun ending,
    /// and a foreign cluster or ending (ـوف، ـسكي، ـيف، ـنغ، ـتش، غ/ج before a vowel letter, long vowels in a row…).
    /// </summary>
    private static bool LooksForeign(string word)
    {
        if (word.Length < 2 || GazetteerCheck.CommonWords.Contains(word) || word.StartsWith("ال", StringComparison.Ordinal) || ArabicShaped(word))
        {
            return false;
        }
        if (word.Length <= 3)
        {
            return true;
        }
        foreach (var e in ForeignEndings)
        {
            if (word.EndsWith(e, StringComparison.Ordinal) && word.Length > e.Length + 1)
            {
                return true;
            }
        }
        foreach (var c in ForeignClusters)
        {
            if (word.Contains(c, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
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
        word.Length >= 2 && !word.StartsWith("ال", StringComparison.Ordinal) && !Stops.Contains(word) && !GazetteerCheck.CommonWords.Contains(word)
        && !TitleWords.Contains(word) && !Heads.Contains(word)
        && !(word.Length > 3 && word[0] == 'و' && Stops.Contains(word[1..])) && !Coordinated(word) && AllLetters(word) && !IsLatinWord(word)
        && !word.StartsWith("لل", StringComparison.Ordinal);

    private static bool IsLatinWord(string word) => word[0] < 0x0600;

    /// <summary>
    /// "و" on a word of four letters or more is "and" before the next actor ("بوتين وشويغو", "ترامب والرئيس"):
    /// a transliterated syllable that starts with و is short ("وون", "وانغ"); a listed given name ("ويليام") stays a name.
    /// </summary>
    private static bool Coordinated(string word) => word.Length >= 5 && word[0] == 'و' && !GivenNames.Contains(word);

    /// <summary>A name cannot end in "بن"/"أبو"/"عبد" ("سلطان بن" of a longer Arabic name): it was cut short.</summary>
    private static bool CutShort(List<Token> tokens, int last) => tokens[last].Value is "بن" or "بنت" or "ابن" or "ابو" or "أبو" or "عبد" or "ال" or "آل";

    private static bool AllLetters(string word)
    {
        foreach (var c in word)
        {
            if (!char.IsLetter(c))
            {
                return false;
            }
        }
        return true;
    }

    private static HashSet<string> Normalized(params string[] words) => new(words.Select(ArabicNormalizer.Normalize), StringComparer.Ordinal);
}
