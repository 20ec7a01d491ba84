using System.Security.Claims;
using Hotline.Dashboard.Auth;

namespace Hotline.Integration.Tests.Auth;

/// <summary>The claim-based rules on their own: phone masking, department scope and who may watch which screen.</summary>
public sealed class AccessRuleTests
{
    [Theory]
    [InlineData("13812341234", "138****1234")]
    [InlineData("03588888888", "035****8888")]
    [InlineData("+8613812341234", "+86*******1234")]
    [InlineData("12345678", "123*5678")]
    [InlineData("1234567", "*******")]
    [InlineData("12345", "*****")]
    [InlineData("", "")]
    public void Phones_keep_the_first_three_and_last_four(string phone, string masked) =>
        Assert.Equal(masked, PhoneMask.Mask(phone));

    [Theory]
    [InlineData(Roles.Seat, true)]
    [InlineData(Roles.Reviewer, true)]
    [InlineData(Roles.Dispatcher, false)]
    [InlineData(Roles.Department, false)]
    [InlineData(Roles.Leader, false)]
    [InlineData(Roles.Admin, false)]
    public void Only_seat_and_reviewer_see_phones(string role, bool sees) =>
        Assert.Equal(sees, User(role).CanSeePhones());

    [Fact]
    public void A_department_user_sees_its_own_department_only()
    {
        var rlls = User(Roles.Department, "RL-LS");
        Assert.True(rlls.CanSeeDepartment("RL-LS"));
        Assert.False(rlls.CanSeeDepartment("RL-XY"));
        Assert.True(User(Roles.Dispatcher).CanSeeDepartment("RL-XY"));
        Assert.True(User(Roles.Admin).CanSeeDepartment("RL-XY"));
    }

    [Theory]
    [InlineData("board", Roles.Dispatcher, null, true)]
    [InlineData("board", Roles.Leader, null, true)]
    [InlineData("board", Roles.Reviewer, null, true)]
    [InlineData("board", Roles.Admin, null, true)]
    [InlineData("board", Roles.Seat, null, false)]
    [InlineData("board", Roles.Department, "RL-LS", false)]
    [InlineData("taskforce:HEATING", Roles.Leader, null, true)]
    [InlineData("taskforce:HEATING", Roles.Department, "RL-LS", false)]
    [InlineData("taskforce:HEATING", Roles.Seat, null, false)]
    [InlineData("department:RL-LS", Roles.Department, "RL-LS", true)]
    [InlineData("department:RL-LS", Roles.Department, "RL-XY", false)]
    [InlineData("department:RL-LS", Roles.Dispatcher, null, true)]
    [InlineData("department:RL-LS", Roles.Admin, null, true)]
    [InlineData("department:RL-LS", Roles.Seat, null, false)]
    [InlineData("department:", Roles.Admin, null, false)]
    [InlineData("seat:S001", Roles.Admin, null, false)]
    [InlineData("Board", Roles.Admin, null, false)]
    public void Who_may_watch_which_screen(string screen, string role, string? department, bool may) =>
        Assert.Equal(may, User(role, department).CanWatch(screen));

    [Fact]
    public void Nobody_signed_in_watches_nothing() =>
        Assert.False(new ClaimsPrincipal(new ClaimsIdentity()).CanWatch("board"));

    [Fact]
    public void The_claims_carry_name_role_department_seat_and_display_name()
    {
        var user = UserPrincipals.For(new HotlineUser("seat1", "张丽", Roles.Seat, null, "S001", "hash"), "test");
        Assert.Equal("seat1", user.UserName());
        Assert.Equal("seat1", user.Identity?.Name);
        Assert.True(user.IsInRole(Roles.Seat));
        Assert.Equal("S001", user.SeatId());
        Assert.Null(user.DepartmentCode());
        Assert.Equal("张丽", user.DisplayName());
    }

    private static ClaimsPrincipal User(string role, string? department = null) =>
        UserPrincipals.For(new HotlineUser("someone", "某人", role, department, role == Roles.Seat ? "S009" : null, ""), "test");
}
