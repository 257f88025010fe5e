using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Ingestion;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Importing;

/// <summary>The five sample articles shipped in samples/seeds, imported into the real database.</summary>
public sealed class SeedCorpusImportTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase database = new();
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        services = TestServices.Build(database);
        await services.WithAsync<PortalStartup, bool>(async init =>
        {
            await init.InitializeAsync();
            return true;
        });
    }

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose() => services.Dispose();

    private Task<ImportReport> ImportSeedsAsync() =>
        services.WithAsync<ImportRunner, ImportReport>(importer => importer.ImportAsync([RepoPaths.SampleSeeds], "test"));

    [Fact]
    public async Task Importing_the_seeds_twice_leaves_exactly_five_articles()
    {
        var first = await ImportSeedsAsync();
        var second = await ImportSeedsAsync();

        Assert.Equal(5, first.Added);
        Assert.Equal(0, second.Added);
        Assert.Equal(5, second.Unchanged);
        await using var db = database.CreateContext();
        Assert.Equal(5, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task No_furniture_phrase_survives_in_any_body()
    {
        await ImportSeedsAsync();
        string[] furniture =
        [
            "إقرأ أيضاً", "اقرأ أيضا", "مقالات مشابهة", "كلمات دلالية", "قصص مقترحة", "مواضيع إضافية", "شارك هذا المقال",
            "صدر الصورة", "Copyright", "All rights reserved", "اعلان", "البودكاست", "التعليق على الصورة", "ابحثوا عنا",
            "CAPTCHA", "المصدر:", "©", "Close Button", "Loader",
        ];

        await using var db = database.CreateContext();
        var bodies = await db.Articles.Select(a => new { a.Title, a.Body }).ToListAsync();

        Assert.Equal(5, bodies.Count);
        foreach (var article in bodies)
        {
            Assert.True(article.Body.Length > 500, $"\"{article.Title}\" lost its text");
            foreach (var phrase in furniture)
            {
                Assert.DoesNotContain(phrase, article.Body, StringComparison.OrdinalIgnoreCase);
            }
        }
    }

    [Fact]
    public async Task The_read_also_article_of_the_first_seed_is_not_mixed_into_its_body()
    {
        await ImportSeedsAsync();
        await using var db = database.CreateContext();

        var first = await db.Articles.SingleAsync(a => a.Title == "ردود فعل متباينة عقب زيارة كيم لروسيا");

        Assert.Contains("زار الزعيم الكوري الشمالي كيم جونج أون روسيا", first.Body);
        Assert.Contains("كما أن هاتان الدولتان نفتا", first.Body);
        // The "read also" block is another article, about a US nuclear official.
        Assert.DoesNotContain("هروبي", first.Body);
        Assert.DoesNotContain("الرؤوس النووية", first.Body);
    }

    [Fact]
    public async Task Publish_dates_come_from_the_dateline_and_are_unknown_where_the_page_gives_none()
    {
        await ImportSeedsAsync();
        await using var db = database.CreateContext();

        var dates = await db.Articles.ToDictionaryAsync(a => a.Title, a => a.PublishedOn);

        Assert.Equal(new DateOnly(2023, 9, 13), dates["ردود فعل متباينة عقب زيارة كيم لروسيا"]);
        Assert.Equal(new DateOnly(2023, 9, 11), dates["الكرملين يعلن عن زيارة قريبة لزعيم كوريا الشمالية.. كيف علقت واشنطن؟"]);
        Assert.Equal(3, dates.Values.Count(d => d is null));
    }

    [Fact]
    public async Task Publishers_named_in_the_pages_are_kept()
    {
        await ImportSeedsAsync();
        await using var db = database.CreateContext();

        var publishers = await db.Articles.Select(a => a.Publisher).ToListAsync();

        Assert.Contains("صدى البلد", publishers);
        Assert.Contains("عربي21", publishers);
        Assert.Contains("Lifegate", publishers);
    }

    [Fact]
    public async Task The_raw_page_is_kept_compressed_for_re_extraction()
    {
        await ImportSeedsAsync();
        await using var db = database.CreateContext();

        var article = await db.Articles.FirstAsync();

        Assert.NotNull(article.RawPage);
        var raw = System.Text.Encoding.UTF8.GetString(NewsPortal.Articles.ArticleStore.Decompress(article.RawPage));
        Assert.Contains(article.Title, raw);
    }
}
