using System.Text.Json;
using Hotline.Domain.Clocks;

namespace Hotline.Domain.Tests.Clocks;

/// <summary>A working-time clock's schedule: compact in memory, stored exactly as the dictionary it replaced.</summary>
public sealed class ThresholdScheduleTests
{
    private static readonly JsonSerializerOptions Web = new(JsonSerializerDefaults.Web);

    private static readonly Dictionary<int, DateTimeOffset> Instants = new()
    {
        [75] = DateTimeOffset.Parse("2026-12-02T15:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture),
        [50] = DateTimeOffset.Parse("2026-12-02T11:30:00+08:00", System.Globalization.CultureInfo.InvariantCulture),
        [100] = DateTimeOffset.Parse("2026-12-03T09:00:00+08:00", System.Globalization.CultureInfo.InvariantCulture),
    };

    [Fact]
    public void Writes_the_json_a_dictionary_wrote_and_reads_it_back()
    {
        var schedule = new ThresholdSchedule(Instants);
        var json = JsonSerializer.Serialize(schedule, Web);

        Assert.Equal(JsonSerializer.Serialize(new SortedDictionary<int, DateTimeOffset>(Instants), Web), json);
        var back = JsonSerializer.Deserialize<ThresholdSchedule>(json, Web)!;
        Assert.Equal(schedule.Entries, back.Entries);
    }

    [Fact]
    public void A_clock_stored_with_a_dictionary_schedule_reads_with_the_same_instants()
    {
        var stored = new { name = "Accept", department = "RL-SJ", startedAt = Instants[50].AddHours(-3), dueAt = Instants[100], firedPercents = new[] { 50 }, schedule = Instants };
        var clock = JsonSerializer.Deserialize<Clock>(JsonSerializer.Serialize(stored, Web), new JsonSerializerOptions(Web) { Converters = { new System.Text.Json.Serialization.JsonStringEnumConverter() } })!;

        Assert.Equal(3, clock.Schedule!.Count);
        foreach (var (percent, instant) in Instants) Assert.Equal(instant, clock.InstantOf(percent));
        Assert.Equal([50, 75, 100], clock.Schedule.Entries.Select(e => e.Key));
    }

    [Fact]
    public void A_percent_missing_from_the_schedule_is_not_found()
    {
        var schedule = new ThresholdSchedule(Instants);

        Assert.False(schedule.TryGetValue(90, out _));
        Assert.True(schedule.TryGetValue(75, out var instant));
        Assert.Equal(Instants[75], instant);
    }

    [Theory]
    [InlineData("""{"50":"2026-12-02T11:30:00+08:00","50":"2026-12-02T12:30:00+08:00"}""", "twice")]
    [InlineData("""{"half":"2026-12-02T11:30:00+08:00"}""", "half")]
    [InlineData("""["2026-12-02T11:30:00+08:00"]""", "object")]
    public void A_malformed_schedule_is_refused_with_a_reason(string json, string reason)
    {
        var e = Assert.Throws<JsonException>(() => JsonSerializer.Deserialize<ThresholdSchedule>(json, Web));
        Assert.Contains(reason, e.Message, StringComparison.Ordinal);
    }
}
