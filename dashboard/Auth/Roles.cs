namespace Hotline.Dashboard.Auth;

/// <summary>The hotline's roles. Codes travel in the role claim and in the user table.</summary>
public static class Roles
{
    /// <summary>坐席: takes calls, creates orders, answers directly.</summary>
    public const string Seat = "seat";

    /// <summary>专班调度: dispatches, decides extensions, merges and transfers.</summary>
    public const string Dispatcher = "dispatcher";

    /// <summary>承办单位: accepts, returns, asks for more time and replies for its own department only.</summary>
    public const string Department = "department";

    /// <summary>审核回访: reviews replies and calls the citizen back.</summary>
    public const string Reviewer = "reviewer";

    /// <summary>领导: watches the screens, changes nothing.</summary>
    public const string Leader = "leader";

    public const string Admin = "admin";

    public static readonly IReadOnlySet<string> All = new HashSet<string>(StringComparer.Ordinal)
    {
        Seat, Dispatcher, Department, Reviewer, Leader, Admin,
    };
}
