using Hotline.Contracts.Orders;
using Hotline.Domain.Clocks;

namespace Hotline.Grains.WorkOrders;

/// <summary>提级督办 acknowledgements and 催办 (issue 5, accountability).</summary>
public sealed partial class WorkOrderGrain
{
    /// <summary>The ladder's rungs as codes; "handler" is no rung, so it is refused like an unknown code.</summary>
    private static readonly EscalationLevel[] LadderLevels = [EscalationLevel.DepartmentHead, EscalationLevel.Centre, EscalationLevel.Leadership];

    public Task<OrderResult> AcknowledgeEscalation(AcknowledgeEscalation command)
    {
        var known = TryParseLevel(command.Level, out var level);
        var department = string.IsNullOrWhiteSpace(command.Department) ? null : command.Department.Trim();
        return Execute((order, now) => order.AcknowledgeEscalation(level, department, command.Actor, now),
            known ? null : Field("level", LevelsAllowed));
    }

    public Task<OrderResult> Urge(UrgeOrder command) =>
        Execute((order, now) => order.Urge(command.Message, command.Actor, now));

    public Task<OrderResult> AcknowledgeUrge(AcknowledgeUrge command) =>
        Execute((order, now) => order.AcknowledgeUrge(command.Department, command.Actor, now), KnownDepartment(command.Department));

    private static bool TryParseLevel(string? code, out EscalationLevel level) =>
        Domain.Codes.TryParse(code, out level) && LadderLevels.Contains(level);

    private static string LevelsAllowed => OrderTexts.MustBeOneOf(string.Join(" | ", LadderLevels.Select(l => Domain.Codes.Of(l))));
}
