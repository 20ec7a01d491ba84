using Hotline.Contracts.Orders;
using Hotline.Domain.Consultations;

namespace Hotline.Grains.WorkOrders;

public sealed partial class WorkOrderGrain
{
    public Task<OrderResult> OpenConsultation(OpenConsultation command)
    {
        var invitees = (command.CoHandlers ?? []).Select(c => new ConsultationInvitee(c?.Department ?? "", c?.DueAt)).ToArray();
        var errors = new Dictionary<string, string[]>();
        if (!string.IsNullOrWhiteSpace(command.Lead) && reference.FindDepartment(command.Lead) is null)
            errors["lead"] = [OrderTexts.UnknownDepartment(command.Lead)];
        if (invitees.Where(c => !string.IsNullOrWhiteSpace(c.Department) && reference.FindDepartment(c.Department) is null)
                .Select(c => OrderTexts.UnknownDepartment(c.Department)).ToArray() is { Length: > 0 } unknown)
            errors["coHandlers"] = unknown;
        return Execute((order, now) => order.OpenConsultation(command.Topic, command.Lead, invitees, command.Actor, now), errors);
    }

    public Task<OrderResult> ReplyConsultation(ReplyConsultation command) =>
        Execute((order, now) => order.ReplyConsultation(command.Department, command.Opinion, command.Actor, now), KnownDepartment(command.Department));

    public Task<OrderResult> ConcludeConsultation(ConcludeConsultation command) =>
        Execute((order, now) => order.ConcludeConsultation(command.Outcome, command.Dispatch, command.Actor, now));
}
