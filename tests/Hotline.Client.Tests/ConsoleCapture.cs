namespace Hotline.Client.Tests;

/// <summary>The CLI writes to Console: tests that run it share one collection, never in parallel.</summary>
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class ConsoleCollection
{
    public const string Name = "console";
}

/// <summary>Redirects Console.Out / Console.Error for the duration of a test and restores them.</summary>
public sealed class ConsoleCapture : IDisposable
{
    private readonly TextWriter _out = Console.Out;
    private readonly TextWriter _error = Console.Error;

    public StringWriter Out { get; } = new();
    public StringWriter Error { get; } = new();

    public ConsoleCapture()
    {
        Console.SetOut(Out);
        Console.SetError(Error);
    }

    public void Dispose()
    {
        Console.SetOut(_out);
        Console.SetError(_error);
    }
}
