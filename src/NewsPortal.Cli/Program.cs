using NewsPortal.Cli;

// Operators' and scripts' entry: `newsportal COMMAND ...`.
// scripts/cli runs from the repository root: the paths its caller typed are relative to the caller's directory.
if (Environment.GetEnvironmentVariable("NEWSPORTAL_CALLER_DIRECTORY") is { Length: > 0 } caller && Directory.Exists(caller))
{
    Environment.CurrentDirectory = caller;
}
return await CliApp.RunAsync(args, Console.In, Console.Out, Console.Error);
