using System.Text;

namespace NewsPortal.Analysis.Tests.Events;

/// <summary>
/// Text no editor would publish still gets an answer: no exception, and what can be read is read.
/// (How fast is a benchmark's business: benchmarks/NewsPortal.Benchmarks, docs/benchmarks.md.)
/// </summary>
public class HostileTextTests
{
    private static readonly ArticleAnalyzer Analyzer = ArticleAnalyzer.CreateDefault();
    private static readonly DateOnly Published = new(2024, 6, 20);

    private const string Report = "وزار الرئيس الروسي فلاديمير بوتين بيونغ يانغ أمس والتقى الزعيم الكوري الشمالي كيم جونغ أون";

    private static ArticleAnalysis Analyze(string body) => Analyzer.Analyze(new ArticleInput("", body, Published));

    [Fact]
    public void An_article_of_fifty_thousand_words_is_read_to_its_end()
    {
        var body = new StringBuilder();
        var filler = "وأضاف المراقبون أن المنطقة تشهد تطورات متسارعة في مجالات عديدة تستحق المتابعة. ";
        while (body.Length < 400_000)
        {
            body.Append(filler).Append(filler).Append(Report).Append(". ");
        }
        body.Append("وفي الختام أعلن الكرملين، الجمعة، أن الرئيس الروسي فلاديمير بوتين سيزور الصين.");
        var result = Analyze(body.ToString());

        Assert.True(body.ToString().Split(' ').Length >= 50_000);
        Assert.Contains(result.Events, e => e.Type == "visit" && e.Date == "2024-06-19");
        Assert.Contains(result.Events, e => e.Type == "statement" && e.Date == "2024-06-14" && e.Start > 390_000);
    }

    [Fact]
    public void Text_without_any_punctuation_is_one_long_sentence_that_still_gives_its_events()
    {
        var body = string.Join(' ', Enumerable.Repeat(Report, 2_000));
        var result = Analyze(body);

        var visit = Assert.Single(result.Events, e => e.Type == "visit");
        Assert.Equal("2024-06-19", visit.Date);
        Assert.NotEmpty(result.Actors);
    }

    [Fact]
    public void Dozens_of_dates_in_one_sentence_are_all_found_and_the_event_takes_one()
    {
        var days = string.Join(" و", Enumerable.Range(1, 28).Select(d => $"{d} مايو 2023"));
        var result = Analyze($"زار وزير الخارجية الروسي سيرغي لافروف بيونغ يانغ في {days} ثم في 1 يونيو 2023.");

        Assert.True(result.Dates.Count >= 28);
        var visit = Assert.Single(result.Events, e => e.Type == "visit");
        Assert.StartsWith("2023-0", visit.Date, StringComparison.Ordinal);
    }

    [Fact]
    public void Nested_quotes_and_unbalanced_brackets_do_not_stop_the_reading()
    {
        var result = Analyze("قال بوتين: \"قال لي كيم جونغ أون «إن (الشراكة \"\"باقية» (((\" ثم أضاف: «»« ))))، وزار لافروف بيونغ يانغ أمس.");

        Assert.Contains(result.Events, e => e.Type == "visit" && e.Date == "2024-06-19");
    }

    [Fact]
    public void Mixed_arabic_latin_and_persian_text_is_read_with_its_arabic_events()
    {
        var result = Analyze("Breaking: رئیس جمهور پوتین (Putin) زار بيونغ يانغ أمس — خبرگزاری ایسنا گزارش داد; Kim Jong Un التقى بوتين ۱۹ ژوئن ٢٠٢٤. "
            + "\u202Bالتقى\u202C\u200F بوتين كيم جونغ أون \uFEFFفي بيونغ يانغ\u0640\u0640 أمس.");

        Assert.Contains(result.Actors, a => a.Id == "Q7747");
        Assert.Contains(result.Events, e => e.Date == "2024-06-19");
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n\n\t ")]
    [InlineData("........،،،،،؟؟؟!!!")]
    [InlineData("\u0000\u0001\u0002\uFFFF\uD800")]
    public void Empty_or_meaningless_text_gives_an_empty_answer(string body)
    {
        var result = Analyze(body);

        Assert.Empty(result.Events);
    }
}
