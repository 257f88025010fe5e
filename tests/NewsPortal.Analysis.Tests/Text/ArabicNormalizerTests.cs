using NewsPortal.Analysis.Text;

namespace NewsPortal.Analysis.Tests.Text;

public class ArabicNormalizerTests
{
    [Theory]
    [InlineData("أَحْمَد", "احمد")]
    [InlineData("الـكـرمـلـيـن", "الكرملين")]
    [InlineData("إيران وآسيا", "ايران واسيا")]
    [InlineData("كوريا الشمالية", "كوريا الشماليه")]
    [InlineData("مستشفى", "مستشفي")]
    [InlineData("١٣ أيلول ٢٠٢٣", "13 ايلول 2023")]
    [InlineData("۱۴۰۲", "1402")]
    [InlineData("کیم", "كيم")]
    [InlineData("\u200Fموسكو\u200E", "موسكو")]
    [InlineData("Putin  \n Kim", "putin kim")]
    public void Spelling_variants_fold_to_one_match_key(string text, string expected) =>
        Assert.Equal(expected, ArabicNormalizer.Normalize(text));

    [Fact]
    public void A_normalized_span_maps_back_to_the_original_characters()
    {
        const string text = "زارَ الرئيسُ بوتين بيونغ يانغ";
        var normalized = ArabicNormalizer.NormalizeWithOffsets(text);
        var start = normalized.Text.IndexOf("بوتين", StringComparison.Ordinal);

        var (s, e) = normalized.ToSource(start, start + "بوتين".Length);

        Assert.Equal("بوتين", text[s..e]);
    }

    [Fact]
    public void Presentation_forms_and_ligatures_fold_to_base_letters()
    {
        Assert.Equal("لا", ArabicNormalizer.Normalize("\uFEFB"));
    }
}
