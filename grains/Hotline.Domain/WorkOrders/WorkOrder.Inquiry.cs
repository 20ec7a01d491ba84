using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

public sealed partial class WorkOrder
{
    /// <summary>
    /// 接诉即办: no knowledge entry answers, so a specialist asks the department's emergency contact, who must
    /// answer within the contact-answer clock (30 minutes, warned at 50/75/90 %). The order waits as 接诉即办征询.
    /// </summary>
    public CommandResult StartInquiry(string department, string? contact, string question, string actor, DateTimeOffset now)
    {
        var error = RefuseUnless(InquiryTexts.CommandStart, OrderStatus.Received, OrderStatus.PendingDispatch)
            ?? Check(FieldErrors.ForActor(actor)
                .Required("department", department, WorkOrderTexts.FieldDepartment)
                .Required("question", question, InquiryTexts.FieldQuestion)
                .MaxLength("question", question, IntakeValidator.ContentMax, InquiryTexts.FieldQuestion)
                .MaxLength("contact", contact, 100, InquiryTexts.FieldContact));
        if (error is not null) return CommandResult.Failure(error);

        var clocks = planner.Plan(ClockTrigger.InquiryStarted, Profile, now, department);
        return Commit(now, () =>
        {
            Data.Inquiry = new InquiryRecord
            {
                Department = department,
                Contact = string.IsNullOrWhiteSpace(contact) ? null : contact.Trim(),
                Question = question,
                StartedAt = now,
                StartedBy = actor,
            };
            AddClocks(clocks);
            MoveTo(OrderStatus.Inquiring, AuditActions.InquiryStarted, actor, now,
                InquiryTexts.Started(department, Data.Inquiry.Contact), department);
        });
    }

    /// <summary>The emergency contact answers; the clock stops and the centre reviews the answer.</summary>
    public CommandResult AnswerInquiry(string department, string answer, string actor, DateTimeOffset now)
    {
        var error = RefuseUnless(InquiryTexts.CommandAnswer, OrderStatus.Inquiring)
            ?? Check(FieldErrors.ForActor(actor)
                .Required("department", department, WorkOrderTexts.FieldDepartment)
                .Required("answer", answer, InquiryTexts.FieldAnswer)
                .MaxLength("answer", answer, IntakeValidator.ContentMax, InquiryTexts.FieldAnswer))
            ?? InquiryConflict(department, InquiryStatus.Waiting);
        if (error is not null) return CommandResult.Failure(error);

        var inquiry = Data.Inquiry!;
        return Commit(now, () =>
        {
            inquiry.Answer = answer;
            inquiry.AnsweredAt = now;
            inquiry.AnsweredBy = actor;
            inquiry.Status = InquiryStatus.Answered;
            StopClocks(now, IsContactClock);
            Record(AuditActions.InquiryAnswered, actor, now, reason: InquiryTexts.Answered(inquiry.Round), department: department);
        });
    }

    /// <summary>
    /// The centre reviews the contact's answer before the caller hears it: approved, the answer goes to the caller
    /// and the order ends as 直接答复; rejected, the contact answers again against a fresh clock.
    /// </summary>
    public CommandResult ReviewInquiry(bool approved, IReadOnlyList<string> reasons, string actor, DateTimeOffset now)
    {
        reasons ??= [];
        var errors = FieldErrors.ForActor(actor);
        if (!approved && (reasons.Count == 0 || reasons.Any(string.IsNullOrWhiteSpace)))
            errors.Add("reasons", WorkOrderTexts.Required(WorkOrderTexts.FieldReasons));
        var error = RefuseUnless(InquiryTexts.CommandReview, OrderStatus.Inquiring)
            ?? Check(errors)
            ?? (Data.Inquiry is { Status: InquiryStatus.Answered } ? null : Conflict(InquiryTexts.NotAnsweredYet));
        if (error is not null) return CommandResult.Failure(error);

        var inquiry = Data.Inquiry!;
        IReadOnlyList<Clock> retryClocks = approved ? [] : planner.Plan(ClockTrigger.InquiryStarted, Profile, now, inquiry.Department);
        return Commit(now, () =>
        {
            if (approved)
            {
                inquiry.Status = InquiryStatus.Approved;
                inquiry.RejectedReasons = [];
                Data.Answer = inquiry.Answer;
                StopClocks(now, _ => true, cancelled: true);
                MoveTo(OrderStatus.DirectlyAnswered, AuditActions.InquiryApproved, actor, now, InquiryTexts.Approved, inquiry.Department);
                return;
            }
            inquiry.Status = InquiryStatus.Waiting;
            inquiry.Round++;
            inquiry.RejectedReasons = [.. reasons];
            AddClocks(retryClocks);
            Record(AuditActions.InquiryRejected, actor, now, reason: InquiryTexts.Rejected(reasons), department: inquiry.Department);
        });
    }

    /// <summary>
    /// Another way out of an inquiry (dispatch, direct answer, merge, transfer) withdraws it: its clock is cancelled
    /// so it cannot breach an inquiry nobody waits for any more. Called inside the other command's commit.
    /// </summary>
    private void CancelInquiry(string how, string actor, DateTimeOffset now)
    {
        if (Data.Inquiry is not { IsOpen: true } inquiry) return;
        inquiry.Status = InquiryStatus.Cancelled;
        StopClocks(now, IsContactClock, cancelled: true);
        Record(AuditActions.InquiryCancelled, actor, now, reason: InquiryTexts.Cancelled(how), department: inquiry.Department);
    }

    private DomainError? InquiryConflict(string department, InquiryStatus expected) => Data.Inquiry switch
    {
        null => Conflict(InquiryTexts.NoneOpen),
        { } i when i.Department != department => Conflict(InquiryTexts.NotAsked(department)),
        { Status: InquiryStatus.Answered } when expected == InquiryStatus.Waiting => Conflict(InquiryTexts.AlreadyAnswered),
        { } i when i.Status != expected => Conflict(InquiryTexts.NoneOpen),
        _ => null,
    };

    private static bool IsContactClock(Clock clock) => clock.Name == ClockName.ContactAnswer && clock.IsRunning;
}
