namespace Hotline.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>直接答复: the seat answers on the call; the order ends without a department.</summary>
    public CommandResult Answer(string answer, string actor, DateTimeOffset now, string? knowledgeId = null)
    {
        var error = RefuseUnless(WorkOrderTexts.CommandAnswer, OrderStatus.Received, OrderStatus.PendingDispatch, OrderStatus.Inquiring)
            ?? Check(FieldErrors.ForActor(actor)
                .Required("answer", answer, WorkOrderTexts.FieldAnswer)
                .MaxLength("answer", answer, IntakeValidator.ContentMax, WorkOrderTexts.FieldAnswer));
        if (error is not null) return CommandResult.Failure(error);

        return Commit(now, () =>
        {
            CancelInquiry(WorkOrderTexts.CommandAnswer, actor, now);
            Data.Answer = answer;
            Data.KnowledgeId = string.IsNullOrWhiteSpace(knowledgeId) ? null : knowledgeId.Trim();
            StopClocks(now, _ => true, cancelled: true);
            MoveTo(OrderStatus.DirectlyAnswered, AuditActions.Answered, actor, now);
        });
    }

    /// <summary>并单: this order is a duplicate and folds into <paramref name="parentId"/>.</summary>
    public CommandResult Merge(string parentId, string actor, DateTimeOffset now)
    {
        var error = RefuseUnless(WorkOrderTexts.CommandMerge, OrderStatus.Received, OrderStatus.PendingDispatch,
                OrderStatus.Dispatched, OrderStatus.Accepted, OrderStatus.Returned, OrderStatus.Inquiring)
            ?? Check(OtherOrderInput("parentId", parentId, WorkOrderTexts.FieldParentId, actor));
        if (error is not null) return CommandResult.Failure(error);

        return Commit(now, () =>
        {
            CancelInquiry(WorkOrderTexts.CommandMerge, actor, now);
            Data.ParentId = parentId;
            Data.PendingExtension = null;
            StopClocks(now, _ => true, cancelled: true);
            MoveTo(OrderStatus.Merged, AuditActions.Merged, actor, now, WorkOrderTexts.MergedInto(parentId));
        });
    }

    /// <summary>
    /// Records on the parent that <paramref name="childId"/> was merged into it. Recording the same child twice
    /// succeeds without a new event, so a retried cross-order call is harmless.
    /// </summary>
    public CommandResult AddMergedChild(string childId, string actor, DateTimeOffset now)
    {
        var error = RefuseIfTerminal(WorkOrderTexts.CommandAddMergedChild)
            ?? Check(OtherOrderInput("childId", childId, WorkOrderTexts.FieldChildId, actor));
        if (error is not null) return CommandResult.Failure(error);
        if (Data.MergedChildren.Contains(childId)) return CommandResult.Success([], []);

        return Commit(now, () =>
        {
            Data.MergedChildren.Add(childId);
            Record(AuditActions.Merged, actor, now, reason: WorkOrderTexts.ChildMerged(childId));
        });
    }

    /// <summary>转办: an emergency belongs to 110 / 119 / 120, not to the hotline.</summary>
    public CommandResult Transfer(TransferTarget to, string actor, DateTimeOffset now)
    {
        var error = RefuseUnless(WorkOrderTexts.CommandTransfer, OrderStatus.Received, OrderStatus.PendingDispatch, OrderStatus.Inquiring)
            ?? Check(FieldErrors.ForActor(actor).Defined("to", to, WorkOrderTexts.FieldTransferTarget));
        if (error is not null) return CommandResult.Failure(error);

        return Commit(now, () =>
        {
            CancelInquiry(WorkOrderTexts.CommandTransfer, actor, now);
            Data.TransferredTo = to;
            StopClocks(now, _ => true, cancelled: true);
            MoveTo(OrderStatus.Transferred, AuditActions.Transferred, actor, now, WorkOrderTexts.TransferTargetText(to));
        });
    }

    private FieldErrors OtherOrderInput(string field, string otherId, string label, string actor)
    {
        var errors = FieldErrors.ForActor(actor).Required(field, otherId, label);
        if (otherId == Data.Id) errors.Add(field, WorkOrderTexts.NotSelf);
        return errors;
    }
}
