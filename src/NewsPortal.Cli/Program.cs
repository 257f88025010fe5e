using NewsPortal.Cli;

// Operators' and scripts' entry: `newsportal COMMAND ...`.
return await CliApp.RunAsync(args, Console.In, Console.Out, Console.Error);
