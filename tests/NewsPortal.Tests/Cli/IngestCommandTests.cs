using NewsPortal.Cli;
using NewsPortal.Tests.Support;

namespace NewsPortal.Tests.Cli;

/// <summary><c>ingest</c> through the command line's own entry: what it prints leaves out credentials in the URL.</summary>
public sealed class IngestCommandTests : IAsyncLifetime
{
    private readonly string name = $"np_cli_{Guid.NewGuid():N}";
    private string connectionString = "";

    public async Task InitializeAsync() => connectionString = await TestDatabase.CreateEmptyAsync(name);

    public Task DisposeAsync() => TestDatabase.DropAsync(name);

    [Fact]
    public async Task Credentials_in_the_target_are_not_printed_while_the_run_and_its_failure_are()
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();

        // A private address: refused before connecting, so the run ends at once with a failed item.
        var code = await CliApp.RunAsync(["ingest", "http://editor:s3cret-word@10.0.0.1/news/1", "--kind", "article"], TextReader.Null, stdout, stderr,
            new Dictionary<string, string?> { ["ConnectionStrings:Default"] = connectionString });

        var printed = stdout + "\n" + stderr;
        Assert.Equal(1, code);
        Assert.DoesNotContain("s3cret-word", printed, StringComparison.Ordinal);
        Assert.Contains("http://***@10.0.0.1/news/1", printed, StringComparison.Ordinal);
        Assert.Contains("only fetches public addresses", printed, StringComparison.Ordinal);
    }
}
