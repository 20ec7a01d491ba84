namespace Hotline.Dashboard.Live;

/// <summary>A line of a screen's alert ticker (or a department's notification), its text ready to show.</summary>
public sealed record LiveAlert(
    string Id,
    string OrderId,
    string Kind,
    string Text,
    DateTimeOffset At,
    string? Department,
    string? DepartmentName,
    string? TaskForce,
    IReadOnlyList<string> Departments,
    int Percent = 0)
{
    /// <summary>Which screens the alert is for. The city board skips the chatter (50 % warnings, accepts, replies).</summary>
    public bool IsFor(Screen screen) => screen.Kind switch
    {
        ScreenKind.Department => Department == screen.Code || (Kind == AlertKinds.Dispatch && Departments.Contains(screen.Code!)),
        ScreenKind.TaskForce => TaskForce == screen.Code && IsBoardWorthy,
        _ => IsBoardWorthy,
    };

    private bool IsBoardWorthy => Kind switch
    {
        AlertKinds.Warning => Percent >= 75,
        AlertKinds.Accept or AlertKinds.Reply => false,
        _ => true,
    };
}

public static class AlertKinds
{
    public const string Received = "received";
    public const string Dispatch = "dispatch";
    public const string Return = "return";
    public const string Accept = "accept";
    public const string Reply = "reply";
    public const string Warning = "warning";
    public const string Breach = "breach";
    public const string Escalation = "escalation";
}
