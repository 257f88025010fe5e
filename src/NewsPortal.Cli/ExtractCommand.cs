using System.IO.Compression;
using System.Text.Encodings.Web;
using System.Text.Json;
using NewsPortal.Extraction.Html;
using NewsPortal.Scraping;

namespace NewsPortal.Cli;

/// <summary>
/// <c>extract FILE...</c> or <c>extract --list LIST</c> (lines of <c>path&lt;TAB&gt;url</c>): one JSON
/// object per input line on stdout, in input order. A file that cannot be read gives a line with
/// an "error" field and the run goes on; the exit code is 1 when any file failed, 2 on bad usage.
/// </summary>
public static class ExtractCommand
{
    private static readonly JsonWriterOptions Json = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    public static async Task<int> RunAsync(string[] args, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        var rest = args.Length > 0 && args[0] == "extract" ? args[1..] : args;
        List<(string Path, Uri? Url)> inputs;
        if (rest.Length == 2 && rest[0] == "--list")
        {
            try
            {
                inputs = ReadList(await File.ReadAllLinesAsync(rest[1]).ConfigureAwait(false));
            }
            catch (IOException e)
            {
                await stderr.WriteLineAsync($"extract: cannot read list {rest[1]}: {e.Message}").ConfigureAwait(false);
                return 2;
            }
        }
        else if (rest.Length > 0 && !rest[0].StartsWith("--", StringComparison.Ordinal))
        {
            inputs = [.. rest.Select(p => (p, (Uri?)null))];
        }
        else
        {
            await stderr.WriteLineAsync("usage: extract FILE... | extract --list LIST (path<TAB>url per line)").ConfigureAwait(false);
            return 2;
        }

        var extractor = new HtmlArticleExtractor();
        var failed = 0;
        foreach (var (path, url) in inputs)
        {
            string line;
            try
            {
                var (html, _) = CharsetDetector.Decode(await ReadBytesAsync(path).ConfigureAwait(false));
                line = ArticleLine(path, url, extractor.Extract(html, url));
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                failed++;
                line = ErrorLine(path, url, e.Message);
            }
            await stdout.WriteLineAsync(line).ConfigureAwait(false);
        }
        return failed > 0 ? 1 : 0;
    }

    private static List<(string, Uri?)> ReadList(IEnumerable<string> lines) =>
        [.. lines.Where(l => !string.IsNullOrWhiteSpace(l)).Select(l =>
        {
            var parts = l.Split('\t', 2);
            var url = parts.Length > 1 && Uri.TryCreate(parts[1].Trim(), UriKind.Absolute, out var u) ? u : null;
            return (parts[0].Trim(), url);
        })];

    private static async Task<byte[]> ReadBytesAsync(string path)
    {
        var bytes = await File.ReadAllBytesAsync(path).ConfigureAwait(false);
        if (bytes.Length < 2 || bytes[0] != 0x1F || bytes[1] != 0x8B)
        {
            return bytes;
        }
        using var gzip = new GZipStream(new MemoryStream(bytes), CompressionMode.Decompress);
        using var plain = new MemoryStream();
        await gzip.CopyToAsync(plain).ConfigureAwait(false);
        return plain.Length > 0 ? plain.ToArray() : throw new InvalidDataException("empty or truncated gzip file");
    }

    private static string ArticleLine(string path, Uri? url, ExtractedArticle a) => Write(w =>
    {
        w.WriteString("file", path);
        WriteNullable(w, "url", (url ?? a.CanonicalUrl)?.AbsoluteUri);
        WriteNullable(w, "title", a.Title);
        WriteNullable(w, "published", a.Published?.ToString("yyyy-MM-dd"));
        WriteNullable(w, "author", a.Author);
        WriteNullable(w, "publisher", a.Publisher);
        WriteNullable(w, "language", a.Language);
        w.WriteString("body", a.Body);
    });

    private static string ErrorLine(string path, Uri? url, string error) => Write(w =>
    {
        w.WriteString("file", path);
        WriteNullable(w, "url", url?.AbsoluteUri);
        w.WriteString("error", error);
    });

    private static void WriteNullable(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static string Write(Action<Utf8JsonWriter> body)
    {
        using var buffer = new MemoryStream();
        using (var writer = new Utf8JsonWriter(buffer, Json))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }
        return System.Text.Encoding.UTF8.GetString(buffer.ToArray());
    }
}
