using Hotline.Contracts.Orders;
using Hotline.Domain;
using Hotline.Domain.Consultations;

namespace Hotline.Grains.WorkOrders;

/// <summary>Maps the domain's consultation (会商) to its contract shape.</summary>
public static class ConsultationSnapshots
{
    public static ConsultationSnapshot ToSnapshot(this ConsultationRecord c) => new()
    {
        Topic = c.Topic,
        OpenedAt = c.OpenedAt,
        OpenedBy = c.OpenedBy,
        Lead = c.Lead,
        Participants = c.Participants
            .Select(p => new ConsultationParticipantSnapshot(p.Department, Codes.Of(p.Role), p.DueAt, p.Opinion, p.RepliedAt, p.Late))
            .ToArray(),
        Outcome = c.Outcome,
        ConcludedAt = c.ConcludedAt,
        ConcludedBy = c.ConcludedBy,
        Missing = [.. c.Missing],
        Open = c.IsOpen,
    };
}
