using NewsPortal.Tests.Extraction.Html.Benchmark;

namespace NewsPortal.Tests.Extraction.Html;

public sealed class ShingleScoreTests
{
    [Fact]
    public void Identical_texts_score_one()
    {
        var s = ShingleScore.Aggregate([ShingleScore.Page("one two three four five", "one two three four five")]);
        Assert.Equal(1, s.F1, 6);
    }

    [Fact]
    public void Disjoint_texts_score_zero()
    {
        var s = ShingleScore.Aggregate([ShingleScore.Page("one two three four five", "six seven eight nine ten")]);
        Assert.Equal(0, s.F1, 6);
    }

    [Fact]
    public void Extra_text_lowers_precision_but_not_recall()
    {
        var s = ShingleScore.Aggregate([ShingleScore.Page("a b c d e", "a b c d e f g h")]);
        Assert.Equal(1, s.Recall, 6);
        Assert.True(s.Precision < 1);
    }

    [Fact]
    public void Arabic_diacritics_and_tatweel_do_not_split_words()
    {
        Assert.Equal(["كتب", "الطالب"], ShingleScore.Tokens("كَتَبَ الطـالب"));
    }
}
