using NewsPortal.Tagging;

namespace NewsPortal.Tests.Tagging;

/// <summary>A card's one-line summary, made by rules from its evidence sentence (the trigger marks the act).</summary>
public class EventHeadlineTests
{
    private static readonly string[] Prepositions = ["في", "على", "من", "إلى", "أن"];

    private static string Headline(string sentence, string trigger) => EventHeadline.From(sentence, sentence.IndexOf(trigger, StringComparison.Ordinal));

    [Theory]
    [InlineData("وأعلن الكرملين أن الرئيس سيزور العاصمة الكورية الشمالية.", "أعلن", "أعلن الكرملين أن الرئيس سيزور العاصمة الكورية الشمالية")]
    [InlineData("والتقى وزير الدفاع نظيره في موسكو.", "التقى", "التقى وزير الدفاع نظيره في موسكو")]
    [InlineData("• استقبل الزعيم الوفد الزائر في المطار.", "استقبل", "استقبل الزعيم الوفد الزائر في المطار")]
    [InlineData("أن القطار غادر العاصمة مساء الأحد متجهًا إلى الشرق.", "غادر", "القطار غادر العاصمة مساء الأحد متجهًا إلى الشرق")]
    [InlineData("وقد وقّع الجانبان اتفاقًا للتعاون العلمي.", "وقّع", "وقّع الجانبان اتفاقًا للتعاون العلمي")]
    public void A_leading_conjunction_bullet_or_particle_is_dropped(string sentence, string trigger, string expected) =>
        Assert.Equal(expected, Headline(sentence, trigger));

    [Theory]
    [InlineData("وصل وفد برلماني إلى العاصمة صباح اليوم.", "وصل")]
    [InlineData("وقع الطرفان مذكرة تفاهم في الزراعة.", "وقع")]
    [InlineData("وزير الخارجية يبحث مع نظيره ملف الطاقة.", "يبحث")]
    public void A_word_whose_own_first_letter_is_waw_stays_whole(string sentence, string trigger) =>
        Assert.StartsWith(sentence.Split(' ')[0], Headline(sentence, trigger), StringComparison.Ordinal);

    [Fact]
    public void The_dateline_before_the_dash_is_not_part_of_the_headline() =>
        Assert.Equal("زار رئيس الوزراء مصنعًا للجرارات في الشرق", Headline("موسكو - زار رئيس الوزراء مصنعًا للجرارات في الشرق.", "زار"));

    [Fact]
    public void The_clause_of_the_act_is_kept_and_the_clauses_around_it_left_to_the_full_sentence()
    {
        var sentence = "وفي ختام يوم طويل من الاجتماعات المغلقة، وقّع وزيرا الخارجية اتفاقًا لتسهيل التأشيرات بين البلدين، بينما تظاهر مئات أمام السفارة.";
        Assert.Equal("وقّع وزيرا الخارجية اتفاقًا لتسهيل التأشيرات بين البلدين", Headline(sentence, "وقّع"));
    }

    [Fact]
    public void A_subject_set_off_by_commas_before_a_short_act_stays_with_it()
    {
        var sentence = "الرئيس الروسي، فلاديمير بوتين، وصل إلى بيونغ يانغ.";
        Assert.Equal("فلاديمير بوتين وصل إلى بيونغ يانغ", Headline(sentence, "وصل"));
    }

    [Fact]
    public void A_relative_clause_between_commas_is_skipped_and_the_act_goes_on_to_its_object()
    {
        var sentence = "وعلى إثر ذلك، قطعت الحكومة، التي تواجه أزمة داخلية، علاقاتها مع الدولة الجارة.";
        Assert.Equal("قطعت الحكومة علاقاتها مع الدولة الجارة", Headline(sentence, "قطعت"));
    }

    [Fact]
    public void A_long_clause_is_cut_between_words_never_on_a_dangling_preposition_and_says_it_was_cut()
    {
        var sentence = "أكد المتحدث باسم الوزارة أن البلدين ماضيان في توسيع التبادل التجاري والثقافي والعلمي والرياضي والسياحي والزراعي في السنوات المقبلة على نحو غير مسبوق في تاريخهما.";
        var line = Headline(sentence, "أكد");

        Assert.EndsWith("…", line, StringComparison.Ordinal);
        var words = line.TrimEnd('…').Split(' ');
        Assert.True(words.Length <= EventHeadline.MaxWords);
        Assert.All(words, w => Assert.Contains(w, sentence.Split(' ', '.')));
        Assert.DoesNotContain(words[^1], Prepositions);
    }

    [Fact]
    public void A_quote_left_open_by_the_cut_loses_its_marks()
    {
        var line = Headline("قال الوزير: «سنواصل العمل معًا في كل المجالات من الطاقة إلى النقل إلى التعليم إلى الصحة إلى الفضاء إلى الزراعة إلى الصيد»", "قال");
        Assert.Equal(line.Count(c => c == '«'), line.Count(c => c == '»'));
    }
}
