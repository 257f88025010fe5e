using Microsoft.Extensions.DependencyInjection;
using NewsPortal.Admin;

namespace NewsPortal.Cli;

/// <summary>
/// <c>create-admin EMAIL</c>: creates an administrator, or gives an existing user the admin role. The
/// password is read from standard input (or NEWSPORTAL_ADMIN_PASSWORD), never from the command line,
/// where other users of the machine could see it.
/// </summary>
public static class CreateAdminCommand
{
    public static async Task<int> RunAsync(string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr, IDictionary<string, string?>? settings = null)
    {
        using var host = await CliHost.StartAsync(settings);
        await using var scope = host.Services.CreateAsyncScope();
        return await RunAsync(scope.ServiceProvider, args, stdin, stdout, stderr);
    }

    public static async Task<int> RunAsync(IServiceProvider services, string[] args, TextReader stdin, TextWriter stdout, TextWriter stderr)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdin);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        if (args.Length != 1 || !args[0].Contains('@', StringComparison.Ordinal))
        {
            await stderr.WriteLineAsync("usage: create-admin EMAIL   (password on standard input, or in NEWSPORTAL_ADMIN_PASSWORD)");
            return 2;
        }
        var password = Environment.GetEnvironmentVariable("NEWSPORTAL_ADMIN_PASSWORD");
        if (string.IsNullOrEmpty(password))
        {
            if (!Console.IsInputRedirected && ReferenceEquals(stdin, Console.In))
            {
                await stdout.WriteAsync("password (at least 12 characters): ");
            }
            password = (await stdin.ReadLineAsync())?.TrimEnd('\r') ?? "";
        }
        var result = await services.GetRequiredService<AdminAccounts>().CreateOrPromoteAsync(args[0], password);
        if (!result.Succeeded)
        {
            await stderr.WriteLineAsync($"create-admin: {string.Join(" ", result.Errors.Select(e => e.Description))}");
            return 1;
        }
        await stdout.WriteLineAsync($"{args[0]} is an administrator");
        return 0;
    }
}
