using System.Collections.Concurrent;
using Microsoft.Extensions.Logging;

namespace Hotline.Bench.Board.Suite;

/// <summary>
/// Counts the silo's warnings by category, event and exception message instead of printing each:
/// under overload one cause repeats thousands of times, and the count is the evidence.
/// </summary>
public sealed class WarningCounter : ILoggerProvider
{
    private readonly ConcurrentDictionary<string, int> _counts = new();

    public ILogger CreateLogger(string categoryName) => new Counter(this, categoryName);

    /// <summary>The phase's warnings, most frequent first, and a reset for the next phase.</summary>
    public IReadOnlyList<string> Drain()
    {
        var lines = _counts.OrderByDescending(c => c.Value).Select(c => $"{c.Value:N0} × {c.Key}").ToArray();
        _counts.Clear();
        return lines;
    }

    public void Dispose()
    {
    }

    private sealed class Counter(WarningCounter owner, string category) : ILogger
    {
        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => logLevel >= LogLevel.Warning;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (!IsEnabled(logLevel)) return;
            // The message template, not the message: order ids differ on every line.
            var template = state is IEnumerable<KeyValuePair<string, object?>> fields
                ? fields.FirstOrDefault(f => f.Key == "{OriginalFormat}").Value as string
                : null;
            var text = Trim(template ?? formatter(state, exception));
            if (exception is not null) text += $" ({exception.GetType().Name}: {Trim(exception.Message)})";
            owner._counts.AddOrUpdate($"{category}: {text}", 1, (_, n) => n + 1);
        }

        // Order ids and numbers vary per line: keep the first words, which name the cause.
        private static string Trim(string text) => text.Length <= 90 ? text : text[..90] + "…";
    }
}
