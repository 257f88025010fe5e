using System.Text.RegularExpressions;
using NewsPortal.Analysis.Dates;

namespace NewsPortal.Analysis.Tests.Dates;

/// <summary>
/// The date finders skip work (patterns tried only where a match can start, windows without what a
/// match must hold); each shortcut must give exactly what the plain pattern gives. Texts are built at
/// random from pieces written for these tests, so starts, white space and digits fall everywhere.
/// </summary>
public class DateScanTests
{
    private static readonly string[] Pieces =
    [
        "في", "منذ", "حتي", "خلال", "بحلول", "قبل", "بعد", "وفي", "بعدها", "كانون", "الثاني", "الرابع", "العشرين",
        "والعشرين", "الحادي", "عشر", "من", "شهر", "يونيو", "تشرين", "اعلن", "2020", "1999", "2024", "1453", "20201", "12",
        "2", "1", "/", "-", ".", "،", "م", " ", " ", " ", "  ", "\n", "\t",
    ];

    // Fewer pieces, so that ordinal dates ("الحادي والعشرين من يونيو") come together often.
    private static readonly string[] OrdinalPieces =
        ["الرابع", "والرابع", "الحادي", "عشر", "والعشرين", "من", "من", "منذ", "شهر", "يونيو", "تشرين", "الثاني", "2024", " ", "  ", "\n"];

    private static string RandomText(Random random, string[]? pieces = null)
    {
        pieces ??= Pieces;
        var parts = new string[random.Next(1, 30)];
        for (var i = 0; i < parts.Length; i++)
        {
            parts[i] = pieces[random.Next(pieces.Length)];
            if (random.Next(3) > 0)
            {
                parts[i] += " ";
            }
        }
        return string.Concat(parts);
    }

    [Fact]
    public void Preposition_years_are_those_the_unanchored_pattern_finds_everywhere()
    {
        var plain = new Regex(AbsoluteDates.PrepositionYear().ToString()[2..], RegexOptions.CultureInvariant);
        var random = new Random(18);
        var found = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random);
            var expected = plain.Matches(text).Select(m => (m.Index, m.Length)).ToList();
            Assert.Equal(expected, AbsoluteDates.PrepositionYears(text).Select(m => (m.Index, m.Length)).ToList());
            found += expected.Count;
        }
        Assert.True(found > 1_000, $"only {found} preposition years in the random texts: the test would prove little");
    }

    [Theory]
    [InlineData("وصل في  2020 ثم بحلول\n2030 وقبل 2019", new[] { "في  2020", "بحلول\n2030" })]
    [InlineData("منذ 2014/2015 وخلال 1999 - وبعد 2001", new string[0])]
    [InlineData("في 2020 في 2021", new[] { "في 2020", "في 2021" })]
    public void Preposition_years_in_sentences(string text, string[] expected)
    {
        Assert.Equal(expected, AbsoluteDates.PrepositionYears(text).Select(m => m.Value).ToArray());
    }

    [Fact]
    public void A_window_the_ordinal_need_refuses_holds_no_ordinal_date()
    {
        var random = new Random(181);
        var matched = 0;
        for (var n = 0; n < 20_000; n++)
        {
            var text = RandomText(random, OrdinalPieces);
            if (AbsoluteDates.OrdinalDayMonth.IsMatch(text))
            {
                matched++;
                Assert.True(AbsoluteDates.OrdinalOfMonth(text), text);
            }
        }
        Assert.True(matched > 200, $"only {matched} ordinal dates in the random texts: the test would prove little");
    }

    [Theory]
    [InlineData("في الحادي والعشرين من شهر يونيو", true)]
    [InlineData("الرابع من تشرين", true)]
    [InlineData("والرابع\nمن  يونيو", true)]
    [InlineData("الرابع منذ يونيو", false)]
    [InlineData("من الرابع يونيو", false)]
    [InlineData("كانون الثاني ثم من يونيو", false)]
    public void The_ordinal_need_wants_an_ordinal_word_right_before_min(string window, bool needed)
    {
        Assert.Equal(needed, AbsoluteDates.OrdinalOfMonth(window));
    }
}
