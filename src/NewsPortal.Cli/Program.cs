using NewsPortal.Cli;

// Placeholder entry point so the CLI builds on the scraper branch; the lead's Program.cs replaces it.
if (args.Length > 0 && args[0] == "extract")
{
    return await ExtractCommand.RunAsync(args[1..], Console.Out, Console.Error);
}
await Console.Error.WriteLineAsync("usage: newsportal extract FILE... | extract --list LIST");
return 2;
