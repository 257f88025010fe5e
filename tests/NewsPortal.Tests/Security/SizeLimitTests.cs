using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Articles;
using NewsPortal.Extraction;
using NewsPortal.Extraction.Html;
using NewsPortal.Ingestion;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Security;

/// <summary>Oversized input is refused up front with its size, and what is stored always fits the search column.</summary>
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
        // Just under the text limit, every word different: its whole tsvector would pass PostgreSQL's 1 MB.
        var random = new Random(17);
        var words = new List<string>();
        var length = 0;
        while (length < PageReader.MaxBodyCharacters - 20)
        {
            var word = new string([.. Enumerable.Range(0, 7).Select(_ => (char)('a' + random.Next(26)))]);
            words.Add(word);
            length += word.Length + 1;
        }
        var parsed = new ParsedArticle { Title = "many words", Body = string.Join(' ', words), Language = "en" };

        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<NewsPortal.Data.NewsPortalDbContext>();
        var (article, outcome) = await new ArticleStore(db, TimeProvider.System).SaveAsync(parsed, "https://news.example/words", null, null, CancellationToken.None);

        Assert.Equal(SaveOutcome.Added, outcome);
        Assert.True(await db.Articles.AnyAsync(a => a.Id == article.Id && a.SearchVector!.Matches(EF.Functions.PlainToTsQuery("arabic", words[0]))));
    }
}
