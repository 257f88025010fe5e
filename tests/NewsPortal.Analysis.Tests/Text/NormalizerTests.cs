using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Tests.Text;

public class NormalizerTests
{
    [Theory]
    [InlineData("أَحْمَدُ", "احمد")]
    [InlineData("الـكـرمـلـيـن", "الكرملين")]
    [InlineData("إيران وآسيا وٱلقرى", "ايران واسيا والقري")]
    [InlineData("مؤتمر هيئة", "موتمر هييه")]
    [InlineData("ی ک پ چ ڤ گ", "ي ك ب ج ف ك")]
    [InlineData("١٣ أيلول ۲۰۲۳", "13 ايلول 2023")]
    [InlineData("\u200Fبوتين\u200E", "بوتين")]
    [InlineData("ﻻ", "لا")]
    public void Folds_diacritics_tatweel_alef_hamza_ya_ta_marbuta_persian_letters_and_digits(string input, string expected)
    {
        Assert.Equal(expected, ArabicNormalizer.Normalize(input));
    }

    [Fact]
    public void Line_breaks_are_kept_only_when_asked_and_whitespace_runs_collapse()
    {
        Assert.Equal("الف باء", ArabicNormalizer.Normalize("الف \n\n  باء"));
        Assert.Equal("الف\nباء", ArabicNormalizer.NormalizeWithOffsets("الف \n\n  باء", keepLineBreaks: true).Text);
    }

    [Fact]
    public void A_span_excludes_leading_format_marks_and_a_trailing_tatweel_but_keeps_final_harakat()
    {
        const string text = "قال \u200Fبوتينـ ثم كيمٌ";
        var n = ArabicNormalizer.NormalizeWithOffsets(text);
        var putin = n.Text.IndexOf("بوتين", StringComparison.Ordinal);
        var (s, e) = n.ToSource(putin, putin + 5);
        Assert.Equal("بوتين", text[s..e]);
        var kim = n.Text.IndexOf("كيم", StringComparison.Ordinal);
        (s, e) = n.ToSource(kim, kim + 3);
        Assert.Equal("كيمٌ", text[s..e]);
    }
}
