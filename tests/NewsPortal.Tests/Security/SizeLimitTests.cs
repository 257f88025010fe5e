using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Articles;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;
using NewsPortal.Importing;
using NewsPortal.Ingestion;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Security;

/// <summary>
/// Oversized or binary input is refused up front with its reason, what is stored always fits the
/// search column, and a failure names its cause.
/// </summary>
public sealed class SizeLimitTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("np-size-").FullName;
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        services = TestServices.Build(database);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose()
    {
        services.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    [Fact]
    public async Task A_file_over_the_limit_is_refused_with_its_size_before_it_is_read()
    {
        var big = Path.Combine(folder, "big.txt");
        await using (var file = File.Create(big))
        {
            file.SetLength(PageReader.MaxFileBytes + 1024 * 1024);
        }

        var report = await services.WithAsync<ImportRunner, ImportReport>(importer => importer.ImportAsync([big], "test"));

        var (_, reason) = Assert.Single(report.Refused);
        Assert.Equal("the file is 11 MB; files over 10 MB are not read", reason);
    }

    [Fact]
    public async Task A_file_with_no_honest_length_is_read_only_up_to_the_limit()
    {
        // A device says it is empty and never ends: reading it whole would fill the memory.
        using var stop = new CancellationTokenSource(TimeSpan.FromSeconds(30));

        var result = await services.WithAsync<ArticleImporter, FileImport>(importer => importer.ImportFileAsync("/dev/zero", stop.Token));

        Assert.Null(result.Article);
        Assert.Equal("the file is larger than 10 MB; reading stopped there (files over 10 MB are not read)", result.Refusal);
    }

    [Fact]
    public async Task A_PNG_saved_as_html_is_refused_by_name_with_the_reason()
    {
        var png = Path.Combine(folder, "png.html");
        var bytes = new byte[48_000];
        new Random(3).NextBytes(bytes);
        new byte[] { 0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A }.CopyTo(bytes, 0);
        await File.WriteAllBytesAsync(png, bytes);

        var report = await services.WithAsync<ImportRunner, ImportReport>(importer => importer.ImportAsync([folder], "test"));

        var (file, reason) = Assert.Single(report.Refused);
        Assert.Equal("png.html", Path.GetFileName(file));
        Assert.Equal("the page is binary (a PNG image), not text", reason);
        Assert.Equal(0, report.Added);
    }

    [Fact]
    public async Task A_database_refusal_is_reported_by_its_cause_not_by_EF_Cores_wrapper()
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortal.Data.NewsPortalDbContext>();
        var (article, _) = await new ArticleStore(db, TimeProvider.System).SaveAsync(
            new ParsedArticle { Title = "words", Body = "a short text", Language = "en" }, "https://news.example/refused", null, null, CancellationToken.None);
        // Past the store's bound, as a column written without it would be.
        article.SearchText = string.Join(' ', DistinctWords(new Random(5), 1_000_000));

        var error = await Assert.ThrowsAsync<DbUpdateException>(() => db.SaveChangesAsync());

        Assert.StartsWith("DbUpdateException: PostgresException: 54000: string is too long for tsvector", NewsPortal.Data.FailureReason.Of(error), StringComparison.Ordinal);
    }

    /// <summary>Five-letter words, all different, up to about <paramref name="characters"/> characters.</summary>
    private static List<string> DistinctWords(Random random, int characters)
    {
        var words = new HashSet<string>(StringComparer.Ordinal);
        var length = 0;
        while (length < characters - 20)
        {
            var word = new string([.. Enumerable.Range(0, 5).Select(_ => (char)('a' + random.Next(26)))]);
            if (words.Add(word))
            {
                length += word.Length + 1;
            }
        }
        return [.. words];
    }

    [Fact]
    public void Article_text_over_the_limit_is_refused_with_its_length()
    {
        var body = string.Join(' ', Enumerable.Range(0, 100_000).Select(i => "كلمة" + i));
        var page = $"<html><body><article><h1>عنوان</h1><p>{body}</p></article></body></html>";

        var read = new PageReader(new SeedTextParser(), new HtmlArticleExtractor()).Read(Encoding.UTF8.GetBytes(page), "text/html; charset=utf-8", new Uri("https://news.example/dump"));

        Assert.Null(read.Article);
        Assert.StartsWith("the article text is ", read.Refusal, StringComparison.Ordinal);
        Assert.EndsWith("more than 500,000 is not an article", read.Refusal, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_article_of_many_distinct_words_is_stored_and_searchable_by_its_first_words()
    {
        // Just under the text limit, every word different: its whole tsvector (about 1.15 MB) would pass PostgreSQL's 1 MB.
        var words = DistinctWords(new Random(17), PageReader.MaxBodyCharacters);
        var parsed = new ParsedArticle { Title = "many words", Body = string.Join(' ', words), Language = "en" };

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortal.Data.NewsPortalDbContext>();
        var (article, outcome) = await new ArticleStore(db, TimeProvider.System).SaveAsync(parsed, "https://news.example/words", null, null, CancellationToken.None);

        Assert.Equal(SaveOutcome.Added, outcome);
        Assert.True(await db.Articles.AnyAsync(a => a.Id == article.Id && a.SearchVector!.Matches(EF.Functions.PlainToTsQuery("arabic", words[0]))));
    }
}
