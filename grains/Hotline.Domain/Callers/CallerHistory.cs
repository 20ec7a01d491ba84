using Hotline.Domain.Duplicates;
using Hotline.Domain.WorkOrders;

namespace Hotline.Domain.Callers;

/// <summary>
/// One caller's bounded history (来电人画像), fed by order facts; produces the seat's profile and the priors for
/// duplicate detection and the final-reply lock. Facts are idempotent per order by sequence.
/// </summary>
public sealed partial class CallerHistory
{
    public const int MaxOrders = 100;
    public const int ContentMax = 300;
    public const int DaysKept = 366;

    /// <summary>How far back an earlier order on the same topic makes a direct answer "not the first contact".</summary>
    public static readonly TimeSpan FirstContactLookback = TimeSpan.FromDays(30);

    /// <summary>Calls are counted per day in the city's time (Asia/Shanghai, UTC+8 all year).</summary>
    private static readonly TimeSpan CityOffset = TimeSpan.FromHours(8);

    public CallerHistory(CallerHistoryData data)
    {
        ArgumentNullException.ThrowIfNull(data);
        Data = data;
    }

    public CallerHistoryData Data { get; }

    /// <summary>Applies a fact; false when it was already applied (or concerns an order that fell out of the kept window).</summary>
    public bool Apply(CallerOrderFact fact)
    {
        ArgumentNullException.ThrowIfNull(fact);
        ArgumentException.ThrowIfNullOrWhiteSpace(fact.OrderId);
        if (Data.LastSequence.TryGetValue(fact.OrderId, out var last) && fact.Sequence <= last) return false;

        var order = Data.Orders.Find(o => o.Id == fact.OrderId);
        if (order is null)
        {
            // Its sequence was dropped with it: applying could count a replay twice.
            if (Data.EvictedThrough is { } evicted && fact.ReceivedAt <= evicted) return false;
            order = Add(fact);
        }

        Data.LastSequence[fact.OrderId] = fact.Sequence;
        UpdateCaller(fact);
        Update(order, fact);
        Evict();
        return true;
    }

    /// <summary>The kept orders as the duplicate finder and the final-reply lock see them.</summary>
    public IEnumerable<PriorOrder> Priors() => Data.Orders.Select(o => new PriorOrder
    {
        Id = o.Id,
        CallerPhone = Data.Phone,
        CategoryTopic = o.CategoryTopic,
        CategoryCode = o.CategoryCode,
        Title = o.Title,
        Content = o.Content,
        Address = o.Address,
        Lat = o.Lat,
        Lon = o.Lon,
        ReceivedAt = o.ReceivedAt,
        Status = Codes.Of(o.Status),
        IsOpen = o.IsOpen,
        FinalReply = o.FinalReply,
        FinalReplyText = o.FinalReplyText,
        FinalReplyEvidence = o.FinalReplyEvidence.ToArray(),
        FinalReplyDepartment = o.FinalReplyDepartment,
        FinalReplyAt = o.FinalReplyAt,
    });

    private CallerOrder Add(CallerOrderFact fact)
    {
        var order = new CallerOrder { Id = fact.OrderId, ReceivedAt = fact.ReceivedAt };
        Data.Orders.Add(order);
        Data.TotalOrders++;
        var topic = string.IsNullOrWhiteSpace(fact.CategoryTopic) ? CallerTexts.Unclassified : fact.CategoryTopic.Trim();
        Data.TopicCounts[topic] = Data.TopicCounts.GetValueOrDefault(topic) + 1;
        CountCall(LocalDay(fact.ReceivedAt));
        return order;
    }

    private void UpdateCaller(CallerOrderFact fact)
    {
        if (!string.IsNullOrWhiteSpace(fact.CallerPhone)) Data.Phone = fact.CallerPhone.Trim();
        if (!string.IsNullOrWhiteSpace(fact.CallerName)) Data.Name = fact.CallerName.Trim();
        if (fact.CallerType is { } type) Data.Type = Codes.Of(type);
    }

    private void Update(CallerOrder order, CallerOrderFact fact)
    {
        if (fact.Title is not null) order.Title = fact.Title;
        if (fact.CategoryTopic is not null) order.CategoryTopic = fact.CategoryTopic.Trim();
        if (fact.CategoryCode is not null) order.CategoryCode = fact.CategoryCode;
        if (fact.Content is not null) order.Content = Truncate(fact.Content, ContentMax);
        if (fact.Address is not null) order.Address = fact.Address;
        if (fact is { Lat: { } lat, Lon: { } lon }) (order.Lat, order.Lon) = (lat, lon);

        order.Status = fact.Status;
        order.ClosedAt = OrderStatuses.IsTerminal(fact.Status) ? order.ClosedAt ?? fact.At : null;
        order.Reopened = Math.Max(order.Reopened, fact.ReopenCount);

        if (fact.Status == OrderStatus.DirectlyAnswered && !order.DirectlyAnswered)
        {
            order.DirectlyAnswered = true;
            Data.DirectlyAnswered++;
            order.FirstContactResolved = !RaisedBefore(order);
            if (order.FirstContactResolved) Data.FirstContactResolutions++;
        }

        if (fact is { Action: AuditActions.Callback, Satisfaction: { } satisfaction })
        {
            order.Satisfaction = satisfaction;
            switch (satisfaction)
            {
                case Satisfaction.Satisfied: Data.Satisfied++; break;
                case Satisfaction.BasicallySatisfied: Data.BasicallySatisfied++; break;
                default: Data.Dissatisfied++; break;
            }
        }

        UpdateFinalReply(order, fact);
    }

    private static void UpdateFinalReply(CallerOrder order, CallerOrderFact fact)
    {
        order.FinalReply = fact.FinalReply;
        if (!fact.FinalReply)
        {
            (order.FinalReplyText, order.FinalReplyDepartment, order.FinalReplyAt) = (null, null, null);
            order.FinalReplyEvidence = [];
            return;
        }
        if (fact.FinalReplyText is not null) order.FinalReplyText = fact.FinalReplyText;
        if (fact.FinalReplyEvidence is not null) order.FinalReplyEvidence = [.. fact.FinalReplyEvidence];
        if (fact.FinalReplyDepartment is not null) order.FinalReplyDepartment = fact.FinalReplyDepartment;
        order.FinalReplyAt = fact.FinalReplyAt ?? order.FinalReplyAt ?? fact.At;
    }

    /// <summary>The caller raised the same topic in the lookback before this order (among the kept orders).</summary>
    private bool RaisedBefore(CallerOrder order) => Data.Orders.Any(o =>
        o.Id != order.Id
        && o.CategoryTopic == order.CategoryTopic
        && o.ReceivedAt < order.ReceivedAt
        && o.ReceivedAt >= order.ReceivedAt - FirstContactLookback);

    /// <summary>Drops the oldest orders beyond the bound, with their sequences; the counters keep them.</summary>
    private void Evict()
    {
        while (Data.Orders.Count > MaxOrders)
        {
            var oldest = Data.Orders.OrderBy(o => o.ReceivedAt).ThenBy(o => o.Id, StringComparer.Ordinal).First();
            Data.Orders.Remove(oldest);
            Data.LastSequence.Remove(oldest.Id);
            if (Data.EvictedThrough is not { } through || oldest.ReceivedAt > through) Data.EvictedThrough = oldest.ReceivedAt;
        }
    }

    private void CountCall(DateOnly day)
    {
        var entry = Data.CallsByDay.Find(d => d.Day == day);
        if (entry is null) Data.CallsByDay.Add(new CallerDayCount { Day = day, Count = 1 });
        else entry.Count++;

        var newest = Data.CallsByDay.Max(d => d.Day);
        Data.CallsByDay.RemoveAll(d => d.Day <= newest.AddDays(-DaysKept));
    }

    private static DateOnly LocalDay(DateTimeOffset instant) => DateOnly.FromDateTime(instant.ToOffset(CityOffset).DateTime);

    private static string Truncate(string text, int max)
    {
        if (text.Length <= max) return text;
        // Never cut a surrogate pair in half.
        var cut = char.IsHighSurrogate(text[max - 1]) ? max - 1 : max;
        return text[..cut];
    }
}
