using NewsPortal.Analysis.Dates;
using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Tests.Dates;

public class IsoDatesTests
{
    [Theory]
    [InlineData("2024", false, 2024, 1, 1)]
    [InlineData("2024", true, 2024, 12, 31)]
    [InlineData("2024-05", true, 2024, 5, 31)]
    [InlineData("2024-02", true, 2024, 2, 29)]
    [InlineData("2012-11-03", false, 2012, 11, 3)]
    [InlineData("2012-11-03", true, 2012, 11, 3)]
    public void A_prefix_covers_its_whole_period(string iso, bool end, int y, int m, int d) =>
        Assert.Equal(new DateOnly(y, m, d), IsoDates.Day(iso, end));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("24")]
    [InlineData("+024")]
    [InlineData("2024-13")]
    [InlineData("2024-02-30")]
    [InlineData("2024/05")]
    [InlineData("2024-05-01T00:00")]
    public void Anything_else_is_no_date(string? text) => Assert.Null(IsoDates.Day(text));

    [Fact]
    public void A_range_runs_from_the_first_day_of_its_start_to_the_last_day_of_its_end()
    {
        Assert.Equal((new DateOnly(2023, 1, 1), new DateOnly(2024, 6, 30), DatePrecision.Range), IsoDates.Span("2023/2024-06"));
        Assert.Equal((new DateOnly(2024, 6, 1), new DateOnly(2024, 6, 30), DatePrecision.Month), IsoDates.Span("2024-06"));
        Assert.Null(IsoDates.Span("2023/junk"));
    }

    [Fact]
    public void Of_overlapping_finds_the_longest_is_kept_in_text_order()
    {
        (int Start, int End)[] finds = [(10, 14), (0, 8), (2, 5), (10, 20), (20, 22)];

        Assert.Equal([(0, 8), (10, 20), (20, 22)], Overlaps.KeepLongest(finds, f => f.Start, f => f.End));
    }
}
