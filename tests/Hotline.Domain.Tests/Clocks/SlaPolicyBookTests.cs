using Hotline.Domain.Clocks;
using Hotline.Domain.Tests.Calendar;
using static Hotline.Domain.Tests.Calendar.TestData;

namespace Hotline.Domain.Tests.Clocks;

public sealed class SlaPolicyBookTests : IDisposable
{
    private static readonly DateTimeOffset Received = Instant("2026-03-10T10:00:00+08:00");
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static Dictionary<string, string> Spans(string category, Urgency urgency, string? taskForce = null) =>
        Policies.Resolve(new OrderProfile(category, urgency, taskForce, Received))
            .Spans.ToDictionary(s => s.Key.ToString(), s => s.Value.ToString());

    [Fact]
    public void Default_order_gets_working_day_clocks()
    {
        var policy = Policies.Resolve(new OrderProfile("市容环境", Urgency.Normal, null, Received));

        Assert.Equal(
            new Dictionary<ClockName, ClockSpan>
            {
                [ClockName.Accept] = ClockSpan.WorkingDays(1),
                [ClockName.ReturnWindow] = ClockSpan.WorkingDays(1),
                [ClockName.Completion] = ClockSpan.WorkingDays(5),
                [ClockName.Callback] = ClockSpan.WorkingDays(1),
                [ClockName.ContactAnswer] = ClockSpan.Minutes(30),
                [ClockName.Consultation] = ClockSpan.WorkingDays(1),
            },
            policy.Spans);
        Assert.Equal(["默认时限"], policy.AppliedRules);
    }

    [Theory]
    [InlineData("供水")]
    [InlineData("供电")]
    [InlineData("燃气")]
    [InlineData("供热")]
    public void Utilities_are_accepted_in_30_minutes(string category)
    {
        var spans = Spans(category, Urgency.Normal);
        Assert.Equal("30m", spans["Accept"]);
        Assert.Equal("5wd", spans["Completion"]);
    }

    [Fact]
    public void Urgent_orders_complete_in_24_hours() => Assert.Equal("24h", Spans("市容环境", Urgency.Urgent)["Completion"]);

    [Fact]
    public void Life_safety_gets_15m_30m_2h()
    {
        var spans = Spans("燃气", Urgency.LifeSafety);

        Assert.Equal("15m", spans["Accept"]); // the later rule beats the utilities' 30m
        Assert.Equal("30m", spans["EmergencyAnswer"]);
        Assert.Equal("2h", spans["Completion"]);
        Assert.Equal("1wd", spans["ReturnWindow"]);
    }

    [Fact]
    public void Heating_task_force_runs_same_day_instead_of_completion()
    {
        var policy = Policies.Resolve(new OrderProfile("供热", Urgency.Normal, "HEATING", Received));

        Assert.Equal(ClockSpan.Minutes(30), policy.Spans[ClockName.Accept]);
        Assert.Equal(ClockSpan.SameDay, policy.Spans[ClockName.SameDay]);
        Assert.False(policy.Spans.ContainsKey(ClockName.Completion));
        Assert.Equal(["默认时限", "水电气暖", "供热专班当日办结"], policy.AppliedRules);
    }

    [Fact]
    public void Rules_apply_in_file_order()
    {
        // Life-safety sets 15m/2h, then the task-force rule (later in the file) sets 30m and removes completion.
        var spans = Spans("供热", Urgency.LifeSafety, "HEATING");

        Assert.Equal("30m", spans["Accept"]);
        Assert.Equal("30m", spans["EmergencyAnswer"]);
        Assert.Equal("same-day", spans["SameDay"]);
        Assert.False(spans.ContainsKey("Completion"));
    }

    [Fact]
    public void Other_task_forces_do_not_match() => Assert.False(Spans("供热", Urgency.Normal, "FLOOD").ContainsKey("SameDay"));

    [Fact]
    public void File_holds_thresholds_and_same_day_rule()
    {
        Assert.Equal(ClockThresholds.Default.Items, Policies.Thresholds.Items);
        Assert.Equal(new SameDayRule { CutOff = new(20, 0), LateDue = new(12, 0) }, Policies.SameDay);
    }

    private const string Thresholds = """[{"percent":50,"signal":"warning","notify":"handler"},{"percent":100,"signal":"breach","notify":"department-head"}]""";
    private const string SameDay = """{"cutOff":"20:00","lateDue":"12:00"}""";

    [Theory]
    [InlineData("{ nope", "")]
    [InlineData("""{"thresholds":THRESHOLDS,"sameDay":SAMEDAY,"rules":[{"name":"r","clocks":{"accept":"5x"}}]}""", "'5x'")]
    [InlineData("""{"thresholds":THRESHOLDS,"sameDay":SAMEDAY,"rules":[{"name":"r","clocks":{"acceptance":"1wd"}}]}""", "'acceptance'")]
    [InlineData("""{"thresholds":THRESHOLDS,"sameDay":SAMEDAY,"rules":[{"name":"r","match":{"urgency":"very-urgent"},"clocks":{}}]}""", "'very-urgent'")]
    [InlineData("""{"thresholds":THRESHOLDS,"sameDay":SAMEDAY,"rules":[{"name":"r","match":{"district":"离石区"},"clocks":{}}]}""", "district")]
    [InlineData("""{"thresholds":THRESHOLDS,"sameDay":SAMEDAY,"rules":[{"name":"r","match":{"categories":[]},"clocks":{}}]}""", "categories")]
    [InlineData("""{"thresholds":THRESHOLDS,"sameDay":SAMEDAY,"rules":[{"name":"","clocks":{}}]}""", "rule #1")]
    [InlineData("""{"thresholds":THRESHOLDS,"sameDay":SAMEDAY,"rules":[]}""", "no rules")]
    [InlineData("""{"thresholds":THRESHOLDS,"sameDay":SAMEDAY,"rules":[],"extra":true}""", "extra")]
    [InlineData("""{"thresholds":THRESHOLDS,"rules":[{"name":"r","clocks":{}}]}""", "sameDay")]
    [InlineData("""{"thresholds":THRESHOLDS,"sameDay":{"cutOff":"8pm","lateDue":"12:00"},"rules":[{"name":"r","clocks":{}}]}""", "'8pm'")]
    [InlineData("""{"thresholds":[{"percent":50,"signal":"warning","notify":"handler"}],"sameDay":SAMEDAY,"rules":[{"name":"r","clocks":{}}]}""", "100 %")]
    [InlineData("""{"thresholds":[{"percent":100,"signal":"breach","notify":"mayor"}],"sameDay":SAMEDAY,"rules":[{"name":"r","clocks":{}}]}""", "'mayor'")]
    [InlineData("""{"thresholds":[{"percent":100,"signal":"alarm","notify":"centre"}],"sameDay":SAMEDAY,"rules":[{"name":"r","clocks":{}}]}""", "'alarm'")]
    public void Bad_policy_file_gives_a_clear_error(string json, string fault)
    {
        var path = _temp.Write("sla-policies.json", json.Replace("THRESHOLDS", Thresholds).Replace("SAMEDAY", SameDay));

        var ex = Assert.Throws<InvalidDataException>(() => SlaPolicyBook.Load(path));

        Assert.Contains(path, ex.Message);
        Assert.Contains(fault, ex.Message);
    }

    [Fact]
    public void Missing_file_is_named() =>
        Assert.Contains("absent.json", Assert.Throws<FileNotFoundException>(() => SlaPolicyBook.Load(Path.Combine(_temp.Path, "absent.json"))).Message);
}
