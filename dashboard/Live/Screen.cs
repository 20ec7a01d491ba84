namespace Hotline.Dashboard.Live;

/// <summary>What a live screen watches: the whole city's board, one task force, or one department.</summary>
public sealed record Screen(ScreenKind Kind, string? Code)
{
    public static readonly Screen Board = new(ScreenKind.Board, null);

    /// <summary>The name a client sends and the SignalR group the screen's watchers join.</summary>
    public string Name => Kind switch
    {
        ScreenKind.TaskForce => $"taskforce:{Code}",
        ScreenKind.Department => $"department:{Code}",
        _ => "board",
    };

    /// <summary>Boards (the city's and a task force's) carry figures and seats; department consoles do not.</summary>
    public bool IsBoard => Kind is ScreenKind.Board or ScreenKind.TaskForce;

    public static bool TryParse(string? text, out Screen screen)
    {
        screen = Board;
        if (text == "board") return true;
        var colon = text?.IndexOf(':') ?? -1;
        if (colon <= 0 || colon == text!.Length - 1 || text.Length > 80) return false;
        var code = text[(colon + 1)..];
        switch (text[..colon])
        {
            case "taskforce": screen = new Screen(ScreenKind.TaskForce, code); return true;
            case "department": screen = new Screen(ScreenKind.Department, code); return true;
            default: return false;
        }
    }

    /// <summary>Whether an order belongs on this screen at all (open or not).</summary>
    public bool Covers(OrderRow row) => Kind switch
    {
        ScreenKind.Board => true,
        ScreenKind.TaskForce => row.TaskForce == Code,
        _ => row.Departments.Contains(Code!),
    };
}

public enum ScreenKind
{
    Board,
    TaskForce,
    Department,
}
