using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace NewsPortal.Tests.Support;

/// <summary>Keeps log lines so a test can check what an operator would read.</summary>
public sealed class LogCollector : ILoggerProvider
{
    private readonly ConcurrentQueue<(LogLevel Level, string Category, string Message)> entries = new();

    public IEnumerable<string> Warnings => entries.Where(e => e.Level == LogLevel.Warning).Select(e => e.Message);

    /// <summary>Warnings logged under categories starting with <paramref name="prefix"/> ("Microsoft.EntityFrameworkCore").</summary>
    public IEnumerable<string> WarningsFrom(string prefix) =>
        entries.Where(e => e.Level == LogLevel.Warning && e.Category.StartsWith(prefix, StringComparison.Ordinal)).Select(e => e.Message);

    public IEnumerable<string> Errors => entries.Where(e => e.Level >= LogLevel.Error).Select(e => e.Message);

    public ILogger CreateLogger(string categoryName) => new Logger(this, categoryName);

    public void Dispose()
    {
    }

    private sealed class Logger(LogCollector owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Information;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (IsEnabled(logLevel))
            {
                owner.entries.Enqueue((logLevel, category, formatter(state, exception)));
            }
        }
    }
}
