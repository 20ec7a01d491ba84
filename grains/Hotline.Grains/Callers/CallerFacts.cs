using Hotline.Contracts.Callers;
using Hotline.Contracts.Streams;
using Hotline.Domain;
using Hotline.Domain.Callers;
using Hotline.Domain.Duplicates;
using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.Callers;

/// <summary>Maps between order events, the caller domain and the caller contracts.</summary>
public static class CallerFacts
{
    /// <summary>Whether the event changes what the caller's history keeps (<see cref="CallerHistory.Concerns"/>).</summary>
    public static bool ConcernsCaller(this OrderEvent e) => CallerHistory.Concerns(e.Action, StatusOf(e));

    /// <summary>The event's status; a code this build does not know reads as 受理, as the history has always taken it.</summary>
    private static OrderStatus StatusOf(OrderEvent e) =>
        Codes.TryParse<OrderStatus>(e.Status, out var status) ? status : OrderStatus.Received;

    public static CallerOrderFact ToFact(this OrderEvent e) => new()
    {
        OrderId = e.OrderId,
        Sequence = e.Sequence,
        Action = e.Action,
        Status = StatusOf(e),
        At = e.At,
        ReceivedAt = e.ReceivedAt,
        CallerPhone = e.CallerPhone,
        CallerName = e.CallerName,
        CallerType = Codes.TryParse<CallerType>(e.CallerType, out var type) ? type : null,
        Title = e.Title,
        CategoryTopic = e.Category,
        CategoryCode = e.CategoryCode,
        Content = e.Content,
        Address = e.Address,
        Lat = e.Lat,
        Lon = e.Lon,
        Satisfaction = Codes.TryParse<Satisfaction>(e.Satisfaction, out var satisfaction) ? satisfaction : null,
        ReopenCount = e.ReopenCount,
        FinalReply = e.FinalReply is not null,
        FinalReplyText = e.FinalReply?.Reply,
        FinalReplyEvidence = e.FinalReply?.Evidence,
        FinalReplyDepartment = e.FinalReply?.Department,
        FinalReplyAt = e.FinalReply?.At,
    };

    public static Matter ToMatter(this PriorOrder p) => new()
    {
        OrderId = p.Id,
        CallerPhone = p.CallerPhone,
        Topic = p.CategoryTopic,
        CategoryCode = p.CategoryCode,
        Title = p.Title,
        Content = p.Content,
        Address = p.Address,
        Lat = p.Lat,
        Lon = p.Lon,
        ReceivedAt = p.ReceivedAt,
        Status = p.Status,
        IsOpen = p.IsOpen,
        FinalReply = p.FinalReply,
        FinalReplyText = p.FinalReplyText,
        FinalReplyEvidence = p.FinalReplyEvidence,
        FinalReplyDepartment = p.FinalReplyDepartment,
        FinalReplyAt = p.FinalReplyAt,
    };

    public static PriorOrder ToPrior(this Matter m) => new()
    {
        Id = m.OrderId,
        CallerPhone = m.CallerPhone,
        CategoryTopic = m.Topic,
        CategoryCode = m.CategoryCode,
        Title = m.Title,
        Content = m.Content,
        Address = m.Address,
        Lat = m.Lat,
        Lon = m.Lon,
        ReceivedAt = m.ReceivedAt,
        Status = m.Status,
        IsOpen = m.IsOpen,
        FinalReply = m.FinalReply,
        FinalReplyText = m.FinalReplyText,
        FinalReplyEvidence = m.FinalReplyEvidence,
        FinalReplyDepartment = m.FinalReplyDepartment,
        FinalReplyAt = m.FinalReplyAt,
    };

    public static IntakeFacts ToFacts(this MatterQuery q, DateTimeOffset now) => new()
    {
        CallerPhone = q.CallerPhone,
        CategoryTopic = q.Topic,
        CategoryCode = q.CategoryCode,
        Title = q.Title,
        Content = q.Content,
        Address = q.Address,
        Lat = q.Lat,
        Lon = q.Lon,
        Now = now,
    };

    public static CallerPortrait ToPortrait(this CallerProfileView v, string phone) => new()
    {
        Phone = phone,
        Name = v.Name,
        Type = Codes.Of(v.Type),
        TotalOrders = v.TotalOrders,
        OpenOrders = v.OpenOrders.Select(Line).ToArray(),
        RecentOrders = v.RecentOrders.Select(Line).ToArray(),
        CallsLast30Days = v.CallsLast30Days,
        CallsLast365Days = v.CallsLast365Days,
        Frequency = Codes.Of(v.Frequency),
        FrequencyText = v.FrequencyLabel,
        TopTopics = v.TopTopics.Select(t => new TopicShare(t.Topic, t.Count)).ToArray(),
        Satisfied = v.Satisfied,
        BasicallySatisfied = v.BasicallySatisfied,
        Dissatisfied = v.Dissatisfied,
        SatisfactionRate = v.SatisfactionRate,
        FirstContactResolutionRate = v.FirstContactResolutionRate,
        Flags = v.Flags,
    };

    private static CallerOrderLine Line(CallerOrder o) => new(o.Id, o.Title, o.CategoryTopic, Codes.Of(o.Status),
        WorkOrderTexts.OrderStatusText(o.Status), o.ReceivedAt, o.FinalReply, Codes.Of(o.Satisfaction));
}
