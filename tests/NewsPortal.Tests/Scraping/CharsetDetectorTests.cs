using System.Text;
using NewsPortal.Scraping;
using NewsPortal.Tests.Extraction.Html;

namespace NewsPortal.Tests.Scraping;

public sealed class CharsetDetectorTests
{
    private const string Arabic = "<p>أعلنت وزارة الخارجية الروسية أن وفداً من كوريا الشمالية سيصل إلى موسكو</p>";

    [Fact]
    public void The_http_header_charset_wins_over_the_document()
    {
        var bytes = CharsetDetector.Windows1256.GetBytes("<meta charset=\"utf-8\">" + Arabic);

        var (text, encoding) = CharsetDetector.Decode(bytes, "text/html; charset=windows-1256");

        Assert.Equal(1256, encoding.CodePage);
        Assert.Contains("كوريا الشمالية", text, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("<meta charset=\"windows-1256\">", 1256)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=windows-1256\">", 1256)]
    [InlineData("<meta http-equiv=\"Content-Type\" content=\"text/html; charset=iso-8859-6\">", 28596)]
    [InlineData("<?xml version=\"1.0\" encoding=\"windows-1256\"?>", 1256)]
    public void A_charset_declared_in_the_document_is_used(string declaration, int codePage)
    {
        var encoding = CharsetDetector.FromLabel(codePage == 1256 ? "windows-1256" : "iso-8859-6")!;
        var bytes = encoding.GetBytes(declaration + Arabic);

        var (text, detected) = CharsetDetector.Decode(bytes);

        Assert.Equal(codePage, detected.CodePage);
        Assert.Contains("كوريا الشمالية", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stale_legacy_declaration_over_utf8_bytes_gives_way_to_utf8()
    {
        var bytes = Encoding.UTF8.GetBytes("<meta charset=\"windows-1256\">" + Arabic);

        var (text, encoding) = CharsetDetector.Decode(bytes, "text/html; charset=iso-8859-6");

        Assert.Equal(65001, encoding.CodePage);
        Assert.Contains("كوريا الشمالية", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_utf8_is_sniffed_as_utf8()
    {
        var (text, encoding) = CharsetDetector.Decode(Encoding.UTF8.GetBytes(Arabic));

        Assert.Equal(65001, encoding.CodePage);
        Assert.Equal(Arabic, text);
    }

    [Fact]
    public void Undeclared_windows_1256_is_sniffed_as_windows_1256()
    {
        var (text, encoding) = CharsetDetector.Decode(TestPages.Windows1256WithoutCharset);

        Assert.Equal(1256, encoding.CodePage);
        Assert.Contains(TestPages.Title, text, StringComparison.Ordinal);
    }

    [Fact]
    public void Undeclared_iso_8859_6_is_sniffed_as_iso_8859_6()
    {
        var (text, encoding) = CharsetDetector.Decode(CharsetDetector.Iso88596.GetBytes(Arabic));

        Assert.Equal(28596, encoding.CodePage);
        Assert.Equal(Arabic, text);
    }

    [Fact]
    public void A_utf8_byte_order_mark_is_honoured_and_removed()
    {
        var bytes = Encoding.UTF8.GetPreamble().Concat(Encoding.UTF8.GetBytes(Arabic)).ToArray();

        var (text, _) = CharsetDetector.Decode(bytes, "text/html; charset=windows-1256");

        Assert.Equal(Arabic, text);
    }

    [Theory]
    [InlineData("cp1256.html")]
    [InlineData("cp1256_nometa.html")]
    public void The_benchmark_windows_1256_pages_decode_to_arabic(string file)
    {
        var bench = NewsPortal.Tests.Extraction.Html.Benchmark.BenchFolder.Find();
        Assert.NotNull(bench);

        var (text, encoding) = CharsetDetector.Decode(File.ReadAllBytes(Path.Combine(bench, "arabic", "synthetic", file)));

        Assert.Equal(1256, encoding.CodePage);
        Assert.Contains("الناشط الحقوقي السوداني", text, StringComparison.Ordinal);
    }
}
