using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Callers;

public sealed partial class CallerHistory
{
    public const int RecentMax = 20;
    public const int TopTopicsMax = 5;

    /// <summary>Orders in the last 30 days from which a caller counts as calling frequently (频繁来电).</summary>
    public const int FrequentCalls = 5;

    private static readonly TimeSpan RepeatLookback = TimeSpan.FromDays(30);

    /// <summary>The profile the seat sees at <paramref name="now"/>; copies, so the view never changes under the caller.</summary>
    public CallerProfileView Profile(DateTimeOffset now)
    {
        var newestFirst = Data.Orders
            .OrderByDescending(o => o.ReceivedAt).ThenBy(o => o.Id, StringComparer.Ordinal)
            .Select(o => o with { FinalReplyEvidence = [.. o.FinalReplyEvidence] })
            .ToList();
        var open = newestFirst.Where(o => o.IsOpen).ToList();
        var repeatMatters = open
            .Where(o => !string.IsNullOrWhiteSpace(o.CategoryTopic))
            .GroupBy(o => o.CategoryTopic, StringComparer.Ordinal)
            .Where(g => g.Count() >= 2)
            .Select(g => new RepeatMatter(g.Key, g.Select(o => o.Id).ToList()))
            .OrderByDescending(r => r.OrderIds.Count).ThenBy(r => r.Topic, StringComparer.Ordinal)
            .ToList();

        var today = LocalDay(now);
        var last30 = CallsSince(today.AddDays(-29));
        var frequency = Frequency(now, last30, repeatMatters.Count > 0);
        var callbacks = Data.Satisfied + Data.BasicallySatisfied + Data.Dissatisfied;
        var type = Codes.TryParse<CallerType>(Data.Type, out var parsed) ? parsed : CallerType.Citizen;

        return new CallerProfileView
        {
            Type = type,
            Name = Data.Name,
            TotalOrders = Data.TotalOrders,
            OpenOrders = open,
            RecentOrders = newestFirst.Take(RecentMax).ToList(),
            CallsLast30Days = last30,
            CallsLast365Days = CallsSince(today.AddDays(-364)),
            Frequency = frequency,
            FrequencyLabel = CallerTexts.FrequencyText(frequency),
            TopTopics = Data.TopicCounts
                .OrderByDescending(p => p.Value).ThenBy(p => p.Key, StringComparer.Ordinal)
                .Take(TopTopicsMax).Select(p => new TopicCount(p.Key, p.Value)).ToList(),
            Satisfied = Data.Satisfied,
            BasicallySatisfied = Data.BasicallySatisfied,
            Dissatisfied = Data.Dissatisfied,
            SatisfactionRate = callbacks == 0 ? null : (double)(Data.Satisfied + Data.BasicallySatisfied) / callbacks,
            FirstContactResolutionRate = Data.TotalOrders == 0 ? null : (double)Data.FirstContactResolutions / Data.TotalOrders,
            RepeatMatters = repeatMatters,
            Flags = Flags(type, frequency, repeatMatters.Count > 0),
        };
    }

    private int CallsSince(DateOnly firstDay) => Data.CallsByDay.Where(d => d.Day >= firstDay).Sum(d => d.Count);

    private CallerFrequency Frequency(DateTimeOffset now, int last30, bool repeatMatters)
    {
        if (Data.TotalOrders == 0) return CallerFrequency.FirstCall;
        if (last30 >= FrequentCalls) return CallerFrequency.Frequent;
        var recentTopicAgain = Data.Orders
            .Where(o => o.ReceivedAt > now - RepeatLookback && !string.IsNullOrWhiteSpace(o.CategoryTopic))
            .GroupBy(o => o.CategoryTopic, StringComparer.Ordinal)
            .Any(g => g.Count() >= 2);
        return repeatMatters || recentTopicAgain ? CallerFrequency.Repeated : CallerFrequency.Occasional;
    }

    private List<string> Flags(CallerType type, CallerFrequency frequency, bool repeatMatters)
    {
        var flags = new List<string>();
        if (type == CallerType.Enterprise) flags.Add(CallerTexts.FlagEnterprise);
        if (frequency == CallerFrequency.Frequent) flags.Add(CallerTexts.FlagFrequent);
        if (repeatMatters) flags.Add(CallerTexts.FlagRepeatMatter);
        if (Data.Dissatisfied > 0) flags.Add(CallerTexts.FlagDissatisfied);
        if (Data.Orders.Any(o => o.FinalReply)) flags.Add(CallerTexts.FlagFinalReply);
        if (Data.Orders.Any(o => o.Reopened > 0)) flags.Add(CallerTexts.FlagReopened);
        return flags;
    }
}
