using NewsPortal.Cli;

// Operators' and scripts' entry: `newsportal COMMAND ...`. Each command says what went wrong and
// returns non-zero instead of throwing.
var command = args.Length > 0 ? args[0] : "help";
var rest = args.Skip(1).ToArray();
try
{
    return command switch
    {
        "import" => await ImportCommand.RunAsync(rest, Console.Out, Console.Error),
        "generate-synthetic" => await SyntheticCommand.RunAsync(rest, Console.Out, Console.Error),
        "help" or "--help" or "-h" => Usage(Console.Out, 0),
        _ => Usage(Console.Error, 2),
    };
}
catch (Exception e) when (e is InvalidOperationException or IOException or UnauthorizedAccessException)
{
    await Console.Error.WriteLineAsync($"error: {e.Message}");
    return 1;
}

static int Usage(TextWriter writer, int code)
{
    writer.WriteLine("""
        usage: dotnet run --project src/NewsPortal.Cli -- COMMAND [ARGS]

          import PATH...   import article files (seed-format .txt) or folders into the database
                           (needs ConnectionStrings__Default; scripts/run sets one up)
        """);
    return code;
}
