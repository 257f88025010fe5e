using System.Text;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;

namespace NewsPortal.Tests.Security;

/// <summary>A page cannot make its title or text read other than it is.</summary>
public sealed class InvisibleCharacterTests
{
    private static readonly PageReader Reader = new(new SeedTextParser(), new HtmlArticleExtractor());

    [Fact]
    public void Bidi_overrides_and_zero_width_spaces_are_removed_from_a_pages_title_and_text()
    {
        const string page = """
            <!doctype html><html lang="ar"><head><meta charset="utf-8"><title>ملف التقرير‮txt.exe</title></head>
            <body><article><h1>ملف التقرير‮txt.exe</h1>
            <p>قال المتحدث باسم الخارجية الروسية إن بو​تين سيستقبل وفدًا من بيونغ يانغ الأسبوع المقبل لبحث التعاون الاقتصادي.</p>
            <p>وأضاف أن المحادثات ستتناول⁦ مشاريع⁩ النقل والطاقة بين البلدين، وأن الجانبين يعدّان لاتفاق جديد.</p>
            </article></body></html>
            """;

        var read = Reader.Read(Encoding.UTF8.GetBytes(page), "text/html; charset=utf-8", new Uri("https://news.example/a/1"));

        var article = read.Article!;
        Assert.Equal("ملف التقريرtxt.exe", article.Title);
        Assert.Contains("بوتين", article.Body, StringComparison.Ordinal);
        Assert.DoesNotContain(article.Title + article.Body, InvisibleCharacters.IsSpoofing);
    }

    [Fact]
    public void The_marks_Arabic_text_needs_are_kept()
    {
        const string text = "العدد ‏١٢‎ ورقم‌ها";

        Assert.Equal(text, InvisibleCharacters.Remove(text));
    }
}
