using Hotline.Dashboard.Live;
using static Hotline.Integration.Tests.Live.LiveTestData;

namespace Hotline.Integration.Tests.Live;

public sealed class ScreenTests
{
    [Theory]
    [InlineData("board", ScreenKind.Board, null)]
    [InlineData("taskforce:HEATING", ScreenKind.TaskForce, "HEATING")]
    [InlineData("department:RL-LS", ScreenKind.Department, "RL-LS")]
    public void Parses_the_three_screen_kinds(string text, ScreenKind kind, string? code)
    {
        Assert.True(Screen.TryParse(text, out var screen));
        Assert.Equal(kind, screen.Kind);
        Assert.Equal(code, screen.Code);
        Assert.Equal(text, screen.Name);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("department:")]
    [InlineData(":RL-LS")]
    [InlineData("seat:S001")]
    [InlineData("Board")]
    public void Refuses_anything_else(string? text) => Assert.False(Screen.TryParse(text, out _));

    [Fact]
    public void A_department_screen_covers_only_orders_its_department_handles()
    {
        Assert.True(Screen.TryParse("department:RL-LS", out var mine));
        Assert.True(mine.Covers(Row("A", lead: "RL-LS")));
        Assert.False(mine.Covers(Row("B", lead: "RL-XY")));
        Assert.False(mine.Covers(Row("C", lead: null)));
    }

    [Fact]
    public void A_task_force_screen_covers_only_its_orders()
    {
        Assert.True(Screen.TryParse("taskforce:HEATING", out var heating));
        Assert.True(heating.Covers(Row("A")));
        Assert.False(heating.Covers(Row("B", taskForce: null)));
        Assert.True(Screen.Board.Covers(Row("B", taskForce: null)));
    }
}
