namespace Hotline.Dashboard.Auth;

/// <summary>
/// The demo logins, seeded when <c>Hotline:Auth:SeedDemoUsers</c> is true (the default). One password for
/// all of them; the README quotes this list. Department codes are those of the reference data.
/// </summary>
public static class DemoUsers
{
    public const string Password = "hotline123";

    public static readonly IReadOnlyList<DemoUser> All =
    [
        new("seat1", "张丽", Roles.Seat, SeatId: "S001"),
        new("seat2", "王芳", Roles.Seat, SeatId: "S002"),
        new("dispatcher1", "李强", Roles.Dispatcher),
        new("rl-ls", "赵师傅", Roles.Department, Department: "RL-LS"),
        new("rl-xy", "孙师傅", Roles.Department, Department: "RL-XY"),
        // One handler for each of the other heating companies, so `hotline demo flow` can work every district.
        new("rl-fy", "钱师傅", Roles.Department, Department: "RL-FY"),
        new("rl-ws", "冯师傅", Roles.Department, Department: "RL-WS"),
        new("rl-jc", "郑师傅", Roles.Department, Department: "RL-JC"),
        new("rl-ll", "韩师傅", Roles.Department, Department: "RL-LL"),
        new("rl-zy", "杨师傅", Roles.Department, Department: "RL-ZY"),
        new("zjj", "周科长", Roles.Department, Department: "ZJJ"),
        new("cgj", "吴队长", Roles.Department, Department: "CGJ"),
        new("reviewer1", "刘敏", Roles.Reviewer),
        new("leader1", "陈主任", Roles.Leader),
        new("admin", "系统管理员", Roles.Admin),
    ];
}

/// <summary>One demo login, before its password is hashed.</summary>
public sealed record DemoUser(string UserName, string DisplayName, string Role, string? Department = null, string? SeatId = null);
