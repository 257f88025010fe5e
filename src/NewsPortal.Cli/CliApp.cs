namespace NewsPortal.Cli;

/// <summary>
/// The command line: each command says what went wrong and returns non-zero instead of throwing.
/// Commands that use the database start the portal first (<see cref="CliHost"/>), as the web host does.
/// </summary>
public static class CliApp
{
    /// <summary>Runs one command; <paramref name="settings"/> override the environment's (tests pass their database here).</summary>
    public static async Task<int> RunAsync(
        string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings = null)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var command = args.Length > 0 ? args[0] : "help";
        var rest = args.Skip(1).ToArray();
        try
        {
            return command switch
            {
                "import" => await ImportCommand.RunAsync(rest, stdout, stderr, settings),
                "analyze" => await AnalyzeCommand.RunAsync(rest, stdout, stderr),
                "extract" => await ExtractCommand.RunAsync(rest, stdout, stderr),
                "ingest" or "retag" or "reextract" or "relink" => await IngestCommand.RunAsync(command, rest, stdout, stderr, settings),
                "create-admin" => await CreateAdminCommand.RunAsync(rest, stdin, stdout, stderr, settings),
                "generate-synthetic" => await SyntheticCommand.RunAsync(rest, stdout, stderr, settings),
                "help" or "--help" or "-h" => Usage(stdout, 0),
                _ => Usage(stderr, 2),
            };
        }
        catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"error: {e.Message}");
            return 1;
        }
    }

    private static int Usage(TextWriter writer, int code)
    {
        writer.WriteLine("""
            usage: dotnet run --project src/NewsPortal.Cli -- COMMAND [ARGS]

              analyze FILE [--published YYYY-MM-DD]
                               actors, dates and events of one article (text or HTML page) as JSON
              extract FILE... | extract --list LIST
                               the article read out of saved HTML pages, one JSON line per page

              These need the database (ConnectionStrings__Default; scripts/run sets one up):
              import PATH...   import article files (.txt saved pages, .html) or folders
              ingest URL [--kind feed|sitemap|article] [--name NAME] [--no-wait]
                               fetch a feed, sitemap or article page through the whole pipeline
              retag [--source ID | --article ID] [--no-wait]
                               tag stored articles again (after the gazetteer or trigger words change)
              reextract [--source ID | --article ID] [--no-wait]
                               extract stored articles again from their kept pages, then tag them
              relink [--source ID | --article ID] [--no-wait]
                               link events reported by several articles into one (link stage alone)
              create-admin EMAIL
                               create an administrator (password from standard input)
              generate-synthetic --articles N
                               fill the database with clearly synthetic articles (load tests)
            """);
        return code;
    }
}
