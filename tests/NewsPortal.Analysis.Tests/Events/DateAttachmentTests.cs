using NewsPortal.Analysis.Events;

namespace NewsPortal.Analysis.Tests.Events;

/// <summary>Which date an event takes from its sentence, and its status, in phrasings of the Arabic press (sentences written for the tests).</summary>
public class DateAttachmentTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();

    // A Thursday.
    private static readonly DateOnly Published = new(2024, 6, 20);

    private static IReadOnlyList<EventMention> Events(string body) =>
        Analyzer.Analyze(new ArticleInput("", body, Published)).Events;

    [Fact]
    public void A_future_looking_word_before_a_report_does_not_make_what_it_reports_planned()
    {
        var e = Assert.Single(Events("أفادت وكالة سيتونغ بأن الرئيس الروسي فلاديمير بوتين غادر موسكو متوجها إلى بيونغ يانغ الاثنين."), x => x.Type == "visit");
        Assert.Equal(EventStatus.Happened, e.Status);
        Assert.Equal("2024-06-17", e.Date);
    }

    [Fact]
    public void A_date_inside_a_relative_clause_opened_with_waw_dates_what_the_clause_describes()
    {
        var events = Events("أشاد الرئيس الروسي فلاديمير بوتين بالزيارة والتي جرت في 12 يونيو.");
        Assert.Null(Assert.Single(events, x => x.Type == "praise").Date);
        Assert.Equal("2024-06-12", Assert.Single(events, x => x.Type == "visit").Date);
    }

    [Fact]
    public void What_is_said_in_a_report_of_the_day_is_said_that_day_unless_the_text_places_it_earlier()
    {
        var events = Events("التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون أمس الأربعاء في فلاديفوستوك. "
            + "وقال بوتين إن المحادثات مع كيم جونغ أون كانت مفيدة للبلدين. "
            + "وكان الزعيم الكوري الشمالي كيم جونغ أون قال في رسالة إلى بوتين إن العلاقات مع روسيا متينة.");
        var said = events.Where(e => e.Type == "statement").ToList();
        Assert.Equal(2, said.Count);
        Assert.Equal("2024-06-19", said[0].Date);
        Assert.Null(said[1].Date);
    }

    [Fact]
    public void What_one_speaker_says_on_one_day_is_one_statement()
    {
        var events = Events("قال الرئيس الروسي فلاديمير بوتين أمس الأربعاء إن بلاده مستعدة للحوار مع سيول. "
            + "وقال بوتين أمس الأربعاء أيضا إن العلاقات مع بيونغ يانغ تتطور. "
            + "وقال الزعيم الكوري الشمالي كيم جونغ أون أمس الأربعاء إن الزيارة ناجحة.");
        var said = events.Where(e => e.Type == "statement").ToList();
        Assert.Equal(2, said.Count);
        Assert.Equal(2, said[0].Mentions.Count);
    }

    [Fact]
    public void A_recalled_happening_dates_no_statement()
    {
        var events = Events("التقى الرئيس الروسي فلاديمير بوتين الزعيم الكوري الشمالي كيم جونغ أون في فلاديفوستوك في أبريل 2019. "
            + "وقال بوتين إن المحادثات مع كيم جونغ أون كانت مفيدة للبلدين.");
        Assert.Null(Assert.Single(events, e => e.Type == "statement").Date);
    }

    [Fact]
    public void A_meeting_that_a_dated_statement_was_made_during_takes_its_day()
    {
        var events = Events("أكد وزير الخارجية الروسي سيرغي لافروف، الثلاثاء، أن العلاقات مع بيونغ يانغ متينة، وذلك خلال لقائه الزعيم الكوري الشمالي كيم جونغ أون.");
        Assert.Contains(events, e => e.Type == "meeting" && e.Date == "2024-06-18");
    }

    [Fact]
    public void What_happens_where_a_dated_clause_places_it_happens_that_day()
    {
        var events = Events("استقبل الزعيم الكوري الشمالي كيم جونغ أون الرئيس الروسي فلاديمير بوتين في بيونغ يانغ، أمس الأربعاء، حيث أشاد بوتين بالعلاقات بين البلدين.");
        Assert.Contains(events, e => (e.Type == "praise" || e.Facets.Any(f => f.Type == "praise")) && e.Date == "2024-06-19");
    }

    [Fact]
    public void That_was_during_a_dated_meeting_dates_the_sentence_before()
    {
        var events = Events("أشاد الزعيم الكوري الشمالي كيم جونغ أون بالتعاون مع روسيا. "
            + "وجاء ذلك خلال اجتماعه مع وزير الخارجية الروسي سيرغي لافروف، الاثنين 17 حزيران/يونيو 2024، في بيونغ يانغ.");
        Assert.Equal("2024-06-17", Assert.Single(events, e => e.Type == "praise").Date);
    }
}
