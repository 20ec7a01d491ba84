using Hotline.Domain.Callbacks;
using Hotline.Domain.Clocks;
using Hotline.Domain.Tests.Calendar;

namespace Hotline.Domain.Tests.Callbacks;

public sealed class CallbackWindowsTests : IDisposable
{
    private static readonly CallbackWindows Windows = CallbackWindows.Default;
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    private static DateTimeOffset Local(int day, int hour, int minute) => new(2026, 12, day, hour, minute, 0, TimeSpan.FromHours(8));

    [Theory]
    [InlineData(8, 29, false)]
    [InlineData(8, 30, true)]
    [InlineData(11, 59, true)]
    [InlineData(12, 0, false)]
    [InlineData(14, 29, false)]
    [InlineData(14, 30, true)]
    [InlineData(20, 29, true)]
    [InlineData(20, 30, false)]
    [InlineData(3, 0, false)]
    public void A_window_includes_its_start_and_excludes_its_end(int hour, int minute, bool callable) =>
        Assert.Equal(callable, Windows.IsCallable(Local(2, hour, minute)));

    [Theory]
    [InlineData(10, 15, 2, 10, 15)]
    [InlineData(12, 0, 2, 14, 30)]
    [InlineData(13, 5, 2, 14, 30)]
    [InlineData(20, 30, 3, 8, 30)]
    [InlineData(23, 59, 3, 8, 30)]
    [InlineData(0, 10, 2, 8, 30)]
    public void Next_callable_instant_is_now_or_the_next_window_start(int hour, int minute, int nextDay, int nextHour, int nextMinute) =>
        Assert.Equal(Local(nextDay, nextHour, nextMinute), Windows.NextCallableAt(Local(2, hour, minute)));

    [Fact]
    public void Windows_are_local_time_whatever_the_offset_of_the_instant()
    {
        // 13:00 UTC is 21:00 in Lüliang: quiet until 08:30 the next morning.
        var utc = new DateTimeOffset(2026, 12, 2, 13, 0, 0, TimeSpan.Zero);
        Assert.False(Windows.IsCallable(utc));
        Assert.Equal(Local(3, 8, 30), Windows.NextCallableAt(utc));
    }

    [Theory]
    [InlineData(9, 0, 2, 11, 0)]
    [InlineData(10, 0, 2, 14, 30)]
    [InlineData(18, 0, 2, 20, 0)]
    [InlineData(18, 30, 3, 8, 30)]
    [InlineData(19, 0, 3, 8, 30)]
    public void A_retry_falls_at_the_first_callable_instant_after_two_hours(int hour, int minute, int day, int nextHour, int nextMinute) =>
        Assert.Equal(Local(day, nextHour, nextMinute), CallbackPolicy.Default.RetryAt(Local(2, hour, minute)));

    [Fact]
    public void The_policy_file_carries_the_callback_section()
    {
        var callback = Calendar.TestData.Policies.Callback;
        Assert.Equal(TimeSpan.FromHours(2), callback.RetryAfter);
        Assert.Equal(3, callback.MaxAttempts);
        Assert.Equal([(new TimeOnly(8, 30), new TimeOnly(12, 0)), (new TimeOnly(14, 30), new TimeOnly(20, 30))], callback.Windows.Windows);
    }

    [Theory]
    [InlineData("""{"windows":["8:30-12"],"retryAfter":"2h","maxAttempts":3}""", "'8:30-12'")]
    [InlineData("""{"windows":["12:00-08:30"],"retryAfter":"2h","maxAttempts":3}""", "must end after")]
    [InlineData("""{"windows":["08:30-12:00","11:00-13:00"],"retryAfter":"2h","maxAttempts":3}""", "overlap")]
    [InlineData("""{"windows":["08:30-12:00"],"retryAfter":"1wd","maxAttempts":3}""", "retryAfter")]
    [InlineData("""{"windows":["08:30-12:00"],"retryAfter":"2h","maxAttempts":0}""", "maxAttempts")]
    [InlineData("""{"windows":[],"retryAfter":"2h","maxAttempts":3}""", "At least one")]
    public void A_bad_callback_section_is_named(string callback, string fault)
    {
        var path = _temp.Write("sla-policies.json", $$$"""
            {"thresholds":[{"percent":100,"signal":"breach","notify":"department-head"}],
             "sameDay":{"cutOff":"20:00","lateDue":"12:00"},"callback":{{{callback}}},
             "rules":[{"name":"r","clocks":{"callback":"1wd"}}]}
            """);

        var ex = Assert.Throws<InvalidDataException>(() => SlaPolicyBook.Load(path));

        Assert.Contains(fault, ex.Message);
    }
}
