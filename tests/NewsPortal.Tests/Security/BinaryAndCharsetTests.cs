using System.Text;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;
using NewsPortal.Scraping;

namespace NewsPortal.Tests.Security;

/// <summary>Bytes that are not text are refused, and a charset label that lies about the bytes is not believed.</summary>
public sealed class BinaryAndCharsetTests
{
    private static readonly PageReader Reader = new(new SeedTextParser(), new HtmlArticleExtractor());
    private static readonly Uri Address = new("https://news.example/2024/05/talks");

    private const string Title = "محادثات روسية كورية شمالية في موسكو";
    private static readonly string Page = $"""
        <html><head><meta charset="utf-8"><title>{Title}</title></head><body><article><h1>{Title}</h1>
        <p>التقى وزير الخارجية الروسي نظيره الكوري الشمالي في موسكو يوم الثلاثاء وبحثا التعاون في مجالات النقل والطاقة.</p>
        <p>وقال بيان مشترك إن الجانبين اتفقا على عقد جولة جديدة من المشاورات في بيونغ يانغ قبل نهاية العام الجاري.</p>
        </article></body></html>
        """;

    [Theory]
    [InlineData("text/html; charset=utf-8")]
    [InlineData("text/plain")]
    [InlineData(null)]
    public void A_PNG_is_refused_as_binary_whatever_its_content_type_says(string? contentType)
    {
        var png = new byte[48_000];
        new Random(7).NextBytes(png);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(png, 0);

        var read = Reader.Read(png, contentType, new Uri("file:///tmp/png.html"));

        Assert.Null(read.Article);
        Assert.Equal("the page is binary (a PNG image), not text", read.Refusal);
    }

    [Theory]
    [InlineData(1256)]
    [InlineData(28596)]
    public void Arabic_code_page_bytes_labelled_UTF_8_are_read_as_Arabic(int codePage)
    {
        var bytes = (codePage == 1256 ? CharsetDetector.Windows1256 : CharsetDetector.Iso88596).GetBytes(Page);

        var read = Reader.Read(bytes, "text/html; charset=utf-8", Address);

        Assert.Equal(Title, read.Article!.Title);
        Assert.Contains("بيونغ يانغ", read.Article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void ASCII_labelled_UTF_16_is_read_as_ASCII_not_as_CJK()
    {
        var (text, _) = CharsetDetector.Decode(Encoding.ASCII.GetBytes("<html><title>Moscow talks</title></html>"), "text/html; charset=utf-16");

        Assert.Equal("<html><title>Moscow talks</title></html>", text);
    }

    [Fact]
    public void An_ASCII_page_labelled_UTF_16_is_stored_as_written_not_as_CJK()
    {
        const string headline = "Russian and North Korean ministers meet in Moscow";
        var page = $"""
            <html><head><title>{headline}</title></head><body><article><h1>{headline}</h1>
            <p>The foreign ministers of Russia and North Korea met in Moscow on Tuesday and discussed transport and energy links between the two countries.</p>
            <p>A joint statement said a new round of consultations would be held in Pyongyang before the end of the year, without giving a date.</p>
            </article></body></html>
            """;

        var read = Reader.Read(Encoding.ASCII.GetBytes(page), "text/html; charset=utf-16", Address);

        Assert.Equal(headline, read.Article!.Title);
        Assert.Contains("consultations would be held in Pyongyang", read.Article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Text_labelled_UTF_8_that_neither_UTF_8_nor_an_Arabic_code_page_reads_is_refused_with_the_reason()
    {
        // Chinese in GBK: not UTF-8, and read as windows-1256 or ISO-8859-6 it is letters at random.
        _ = CharsetDetector.Windows1256;
        const string chinese = "俄罗斯外交部长星期二在莫斯科会见了朝鲜外长，双方讨论了交通和能源合作，并同意年底前在平壤举行新一轮磋商。";
        var page = $"<html><head><title>{chinese[..12]}</title></head><body><article><h1>{chinese[..12]}</h1><p>{chinese}</p><p>{chinese}</p><p>{chinese}</p></article></body></html>";

        var read = Reader.Read(Encoding.GetEncoding(936).GetBytes(page), "text/html; charset=utf-8", Address);

        Assert.Null(read.Article);
        Assert.Equal("the page's text could not be decoded: it is not UTF-8, and no Arabic code page (windows-1256, ISO-8859-6) reads it as Arabic", read.Refusal);
    }

    [Fact]
    public void Real_UTF_16_is_still_read_as_UTF_16()
    {
        var (text, _) = CharsetDetector.Decode(Encoding.Unicode.GetBytes("<p>" + Title + "</p>"), "text/html; charset=utf-16");

        Assert.Equal("<p>" + Title + "</p>", text);
    }

    [Fact]
    public void A_page_left_full_of_undecodable_bytes_is_refused_with_the_reason()
    {
        var bytes = Encoding.ASCII.GetBytes("<html><body><article><p>").Concat(Enumerable.Range(0, 3000).Select(i => (byte)(0xA1 + (i % 3))))
            .Concat(Encoding.ASCII.GetBytes("</p></article></body></html>")).ToArray();

        var read = Reader.Read(bytes, "text/html; charset=iso-8859-6", Address);

        Assert.Null(read.Article);
        Assert.Contains("could not be decoded", read.Refusal, StringComparison.Ordinal);
    }
}
