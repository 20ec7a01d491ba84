namespace Hotline.Client.Commands;

/// <summary>The CLI's exit codes, the same for every command (README, "Command line").</summary>
public static class ExitCodes
{
    public const int Ok = 0;

    /// <summary>The server answered and refused (4xx with ProblemDetails, or 5xx); an audit found violations.</summary>
    public const int Refused = 1;

    /// <summary>Bad arguments: parse or validation errors, before any request is sent.</summary>
    public const int Usage = 2;

    /// <summary>No answer from the server: connection refused, DNS, timeout.</summary>
    public const int Unreachable = 3;

    public const int Cancelled = 130;
}
