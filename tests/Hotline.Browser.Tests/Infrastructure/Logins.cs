using Hotline.Dashboard.Auth;

namespace Hotline.Browser.Tests.Infrastructure;

/// <summary>The demo users the dashboard seeds (dashboard/Auth/DemoUsers.cs), by what they do in a test.</summary>
public static class Logins
{
    public const string Password = DemoUsers.Password;

    /// <summary>坐席 S001.</summary>
    public const string Seat1 = "seat1";
    public const string Dispatcher = "dispatcher1";
    /// <summary>离石区集中供热公司 (RL-LS).</summary>
    public const string RlLs = "rl-ls";
    /// <summary>孝义市热力公司 (RL-XY).</summary>
    public const string RlXy = "rl-xy";
    /// <summary>Watches the big screen, changes nothing.</summary>
    public const string Leader = "leader1";
}
