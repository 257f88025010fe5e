using System.Diagnostics;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Ingestion;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Security;

/// <summary>An imported folder is read once, whatever links it holds, and a path means what its caller meant.</summary>
public sealed class ImportPathTests : IAsyncLifetime, IDisposable
{
    private const string Article = """
        وفد روسي يزور بيونغ يانغ لبحث مشاريع السكك الحديدية

        تاريخ النشر: 12 أبريل 2024

        وصل وفد من وزارة النقل الروسية إلى بيونغ يانغ يوم الجمعة لبحث تحديث خط السكك الحديدية الذي يربط البلدين.

        وقال رئيس الوفد إن الطرفين يأملان في زيادة حركة البضائع عبر معبر خاسان قبل نهاية العام.
        """;

    private readonly TestDatabase database = new();
    private readonly string folder = Directory.CreateTempSubdirectory("np-links-").FullName;
    private readonly string outside = Directory.CreateTempSubdirectory("np-outside-").FullName;
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
        Directory.Delete(outside, recursive: true);
    }

    [Fact]
    public async Task Links_back_up_the_tree_end_nothing_and_links_out_of_it_are_refused_by_name()
    {
        var sub = Directory.CreateDirectory(Path.Combine(folder, "sub")).FullName;
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), Article);
        await File.WriteAllTextAsync(Path.Combine(sub, "b.txt"), Article.Replace("معبر خاسان", "ميناء راسون", StringComparison.Ordinal));
        await File.WriteAllTextAsync(Path.Combine(outside, "private.txt"), Article.Replace("الجمعة", "السبت", StringComparison.Ordinal));
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop-one"), "..");
        Directory.CreateSymbolicLink(Path.Combine(folder, "loop-two"), "..");
        Directory.CreateSymbolicLink(Path.Combine(sub, "back-to-top"), folder);
        Directory.CreateSymbolicLink(Path.Combine(folder, "shortcut"), sub);
        File.CreateSymbolicLink(Path.Combine(folder, "elsewhere.txt"), Path.Combine(outside, "private.txt"));

        // On a thread of its own, so a listing that never ends fails the test instead of hanging it.
        var report = await Task.Run(() => services.WithAsync<ImportRunner, ImportReport>(importer => importer.ImportAsync([folder], "test")))
            .WaitAsync(TimeSpan.FromSeconds(60));

        Assert.Equal(2, report.Added);
        Assert.Equal(["elsewhere.txt", "loop-one", "loop-two"], report.Refused.Select(r => Path.GetFileName(r.File)).Order(StringComparer.Ordinal));
        Assert.All(report.Refused, r => Assert.Contains("outside the imported folder", r.Reason, StringComparison.Ordinal));
        await using var db = database.CreateContext();
        Assert.Equal(2, await db.Articles.CountAsync());
    }

    [Fact]
    public async Task The_command_line_reads_a_relative_path_from_the_callers_directory()
    {
        await File.WriteAllTextAsync(Path.Combine(folder, "mine.txt"), Article);
        // The CLI's own build output (artifacts/bin/NewsPortal.Cli/<configuration>), with its own dependencies.
        var configuration = Path.GetFileName(AppContext.BaseDirectory.TrimEnd(Path.DirectorySeparatorChar));
        var cli = Path.GetFullPath(Path.Combine(AppContext.BaseDirectory, "..", "..", "NewsPortal.Cli", configuration, "NewsPortal.Cli.dll"));
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = RepoPaths.Root, RedirectStandardOutput = true, RedirectStandardError = true };
        start.ArgumentList.Add(cli);
        start.ArgumentList.Add("import");
        start.ArgumentList.Add("mine.txt");
        start.Environment["ConnectionStrings__Default"] = database.ConnectionString;
        // What scripts/cli passes on: the directory it was called from.
        start.Environment["NEWSPORTAL_CALLER_DIRECTORY"] = folder;

        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        var errors = await process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(2));

        Assert.True(process.ExitCode == 0, output + errors);
        Assert.Contains("1 added", output, StringComparison.Ordinal);
    }
}
