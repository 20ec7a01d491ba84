using Hotline.Dashboard.Auth;

namespace Hotline.Testing;

/// <summary>The demo users the dashboard seeds (dashboard/Auth/DemoUsers.cs), by what they do in a test.</summary>
public static class Logins
{
    public const string Password = DemoUsers.Password;

    /// <summary>坐席 S001.</summary>
    public const string Seat1 = "seat1";
    public const string Seat2 = "seat2";
    public const string Dispatcher = "dispatcher1";
    /// <summary>离石区集中供热公司 (RL-LS).</summary>
    public const string RlLs = "rl-ls";
    /// <summary>孝义市热力公司 (RL-XY).</summary>
    public const string RlXy = "rl-xy";
    /// <summary>市住房和城乡建设局 (ZJJ).</summary>
    public const string Zjj = "zjj";
    public const string Reviewer = "reviewer1";
    /// <summary>Watches the big screen, changes nothing.</summary>
    public const string Leader = "leader1";
    public const string Admin = "admin";

    /// <summary>The demo user of a department, for the departments that have one.</summary>
    public static string? OfDepartment(string? code) => code switch
    {
        "RL-LS" => RlLs,
        "RL-XY" => RlXy,
        "ZJJ" => Zjj,
        _ => null,
    };
}
