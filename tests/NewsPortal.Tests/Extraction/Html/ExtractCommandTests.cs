using System.IO.Compression;
using System.Text;
using System.Text.Json;
using NewsPortal.Cli;

namespace NewsPortal.Tests.Extraction.Html;

public sealed class ExtractCommandTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("extract-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    private string Write(string name, byte[] bytes)
    {
        var path = Path.Combine(folder, name);
        File.WriteAllBytes(path, bytes);
        return path;
    }

    private static byte[] Gzip(string text)
    {
        using var memory = new MemoryStream();
        using (var gzip = new GZipStream(memory, CompressionLevel.Fastest))
        {
            gzip.Write(Encoding.UTF8.GetBytes(text));
        }
        return memory.ToArray();
    }

    private static async Task<(int Code, List<JsonElement> Lines, string Errors)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var code = await ExtractCommand.RunAsync(args, stdout, stderr);
        var lines = stdout.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        return (code, lines, stderr.ToString());
    }

    [Fact]
    public async Task Files_give_one_json_line_each_in_input_order_and_gzip_is_read()
    {
        var plain = Write("a.html", Encoding.UTF8.GetBytes(TestPages.JsonLdNews));
        var zipped = Write("b.html.gz", Gzip(TestPages.WordPress));
        var arabic1256 = Write("c.html", TestPages.Windows1256WithoutCharset);

        var (code, lines, _) = await Run(plain, zipped, arabic1256);

        Assert.Equal(0, code);
        Assert.Equal([plain, zipped, arabic1256], lines.Select(l => l.GetProperty("file").GetString()));
        Assert.Equal(TestPages.Title, lines[0].GetProperty("title").GetString());
        Assert.Equal("2023-09-13", lines[0].GetProperty("published").GetString());
        Assert.Equal("أحمد منصور", lines[0].GetProperty("author").GetString());
        Assert.Equal("أخبار الشرق", lines[0].GetProperty("publisher").GetString());
        Assert.Equal("ar", lines[0].GetProperty("language").GetString());
        Assert.StartsWith(TestPages.Paragraphs[0], lines[0].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal("2024-03-05", lines[1].GetProperty("published").GetString());
        Assert.Contains(TestPages.Paragraphs[4], lines[2].GetProperty("body").GetString(), StringComparison.Ordinal);
        Assert.Equal(JsonValueKind.Null, lines[2].GetProperty("published").ValueKind);
    }

    [Fact]
    public async Task A_list_gives_each_page_its_own_url()
    {
        var page = Write("p.html", Encoding.UTF8.GetBytes(TestPages.NoArticle));
        var list = Write("list.tsv", Encoding.UTF8.GetBytes($"{page}\thttps://www.youm7.com/story/2020/8/24/x\n"));

        var (code, lines, _) = await Run("extract", "--list", list);

        Assert.Equal(0, code);
        var line = Assert.Single(lines);
        Assert.Equal("https://www.youm7.com/story/2020/8/24/x", line.GetProperty("url").GetString());
        Assert.Equal("2020-08-24", line.GetProperty("published").GetString());
        Assert.Equal("", line.GetProperty("body").GetString());
    }

    [Fact]
    public async Task A_file_that_cannot_be_read_gives_an_error_line_and_the_run_goes_on()
    {
        var good = Write("good.html", Encoding.UTF8.GetBytes(TestPages.Amp));
        var missing = Path.Combine(folder, "missing.html");
        var corrupt = Write("bad.html.gz", [0x1F, 0x8B, 0x08, 0x00, 0x01, 0x02]);

        var (code, lines, _) = await Run(missing, corrupt, good);

        Assert.Equal(1, code);
        Assert.Equal(3, lines.Count);
        Assert.True(lines[0].TryGetProperty("error", out _));
        Assert.True(lines[1].TryGetProperty("error", out _));
        Assert.Equal(TestPages.Title, lines[2].GetProperty("title").GetString());
    }

    [Fact]
    public async Task No_arguments_print_usage_and_exit_two()
    {
        var (code, lines, errors) = await Run();

        Assert.Equal(2, code);
        Assert.Empty(lines);
        Assert.Contains("usage", errors, StringComparison.Ordinal);
    }
}
