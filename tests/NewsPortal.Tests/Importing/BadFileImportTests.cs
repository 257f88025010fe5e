using System.Text;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Ingestion;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Importing;

public sealed class BadFileImportTests : IAsyncLifetime, IDisposable
{
    private readonly TestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("np-import-").FullName;
    private readonly LogCollector log = new();
    private ServiceProvider services = null!;

    public async Task InitializeAsync()
    {
        await database.InitializeAsync();
        services = TestServices.Build(database, log);
    }

    public Task DisposeAsync() => database.DisposeAsync();

    public void Dispose()
    {
        services.Dispose();
        Directory.Delete(folder, recursive: true);
    }

    private Task<ImportReport> ImportFolderAsync(params string[] paths) =>
        services.WithAsync<ImportRunner, ImportReport>(importer => importer.ImportAsync(paths.Length == 0 ? [folder] : paths, "test"));

    private const string GoodArticle = """
        روسيا وكوريا الشمالية تبحثان توسيع التبادل التجاري

        تاريخ النشر: 5 مارس 2024

        بحث وفد روسي رفيع مع مسؤولين في بيونغ يانغ يوم الاثنين سبل توسيع التبادل التجاري بين البلدين عبر ميناء راسون.

        وقال بيان رسمي إن الجانبين اتفقا على تشكيل لجنة مشتركة تجتمع مرتين في العام لمتابعة المشاريع.
        """;

    [Fact]
    public async Task Empty_binary_and_non_utf8_files_are_refused_by_name_and_the_rest_is_imported()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "a-good.txt"), GoodArticle);
        await File.WriteAllBytesAsync(Path.Combine(folder, "b-empty.txt"), []);
        await File.WriteAllBytesAsync(Path.Combine(folder, "c-binary.txt"), [0x89, 0x50, 0x4E, 0x47, 0x00, 0x00, 0x1A, 0x0A]);
        await File.WriteAllBytesAsync(Path.Combine(folder, "d-cp1256.txt"), Windows1256("روسيا وكوريا الشمالية توقعان اتفاقية تعاون جديدة في موسكو"));
        await File.WriteAllTextAsync(Path.Combine(folder, "e-good-too.txt"), GoodArticle.Replace("ميناء راسون", "ميناء فلاديفوستوك", StringComparison.Ordinal));

        var report = await ImportFolderAsync();

        Assert.Equal(2, report.Added);
        Assert.Equal(["b-empty.txt", "c-binary.txt", "d-cp1256.txt"], report.Refused.Select(r => Path.GetFileName(r.File)).Order());
        Assert.Contains(report.Refused, r => r.File.EndsWith("b-empty.txt", StringComparison.Ordinal) && r.Reason.Contains("empty", StringComparison.Ordinal));
        Assert.Contains(report.Refused, r => r.File.EndsWith("d-cp1256.txt", StringComparison.Ordinal) && r.Reason.Contains("UTF-8", StringComparison.Ordinal));
        Assert.Contains(log.Warnings, w => w.Contains("c-binary.txt", StringComparison.Ordinal));
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Articles.CountAsync());
        var failed = await db.IngestionItems.Where(i => i.State == NewsPortal.Model.ItemState.Failed).CountAsync();
        Assert.Equal(3, failed);
    }

    [Theory]
    [InlineData("تاريخ النشر: 31 فبراير 2024", "no day 31")]
    [InlineData("تاريخ النشر: الاثنين 5 مارس 2024", "contradicts")]
    [InlineData("تاريخ النشر: 5 مارس 2099", "future")]
    [InlineData("تاريخ النشر: 01/01/1970", "older")]
    public async Task A_file_stating_an_impossible_date_imports_undated_and_the_reason_is_logged(string dateLine, string reason)
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "bad-date.txt"), GoodArticle.Replace("تاريخ النشر: 5 مارس 2024", dateLine, StringComparison.Ordinal));

        var report = await ImportFolderAsync();

        Assert.Equal(1, report.Added);
        Assert.Contains(log.Warnings, w => w.Contains("bad-date.txt", StringComparison.Ordinal) && w.Contains(reason, StringComparison.Ordinal));
        await using var db = database.CreateContext();
        var article = await db.Articles.SingleAsync();
        Assert.Null(article.PublishedOn);
        Assert.Equal(NewsPortal.Model.PublishDateSource.Unknown, article.PublishedFrom);
        Assert.Contains("لجنة مشتركة", article.Body, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_file_without_title_or_date_imports_with_a_warning_and_an_unknown_date()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "no-header.txt"),
            "\nوصل وزير الخارجية الروسي إلى بيونغ يانغ في زيارة تستمر يومين يبحث خلالها مع نظيره الكوري الشمالي ملفات التعاون.\n");

        var report = await ImportFolderAsync();

        Assert.Equal(1, report.Added);
        Assert.Contains(log.Warnings, w => w.Contains("no-header.txt", StringComparison.Ordinal) && w.Contains("publish date", StringComparison.Ordinal));
        await using var db = database.CreateContext();
        var article = await db.Articles.SingleAsync();
        Assert.Null(article.PublishedOn);
        Assert.Equal(NewsPortal.Model.PublishDateSource.Unknown, article.PublishedFrom);
    }

    [Fact]
    public async Task A_missing_path_is_reported_and_does_not_stop_the_import()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "good.txt"), GoodArticle);

        var report = await ImportFolderAsync(Path.Combine(folder, "nope.txt"), folder);

        Assert.True(report.Added == 1, report.ToString());
        Assert.Single(report.Refused);
        Assert.Contains("no such file", report.Refused[0].Reason, StringComparison.Ordinal);
    }

    private static byte[] Windows1256(string text)
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1256).GetBytes(text);
    }
}
