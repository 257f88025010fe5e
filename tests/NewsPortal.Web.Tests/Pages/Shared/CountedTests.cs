namespace NewsPortal.Web.Tests.Pages.Shared;

public class CountedTests
{
    [Theory]
    [InlineData(0, "لا مقالات")]
    [InlineData(1, "مقالة واحدة")]
    [InlineData(2, "مقالتان")]
    [InlineData(5, "5 مقالات")]
    [InlineData(10, "10 مقالات")]
    [InlineData(11, "11 مقالةً")]
    [InlineData(99, "99 مقالةً")]
    [InlineData(100, "100 مقالة")]
    [InlineData(102, "102 مقالة")]
    [InlineData(105, "105 مقالات")]
    [InlineData(1_000, "1000 مقالة")]
    [InlineData(1_012, "1012 مقالةً")]
    public void An_arabic_count_agrees_with_its_number(int count, string expected) =>
        Assert.Equal(expected, Counted.Articles.Arabic(count));

    [Theory]
    [InlineData(2, "نتيجتان")]
    [InlineData(5, "5 نتائج")]
    [InlineData(20, "20 نتيجةً")]
    public void Search_results_are_counted_the_same_way(int count, string expected) =>
        Assert.Equal(expected, Counted.Results.Arabic(count));
}
