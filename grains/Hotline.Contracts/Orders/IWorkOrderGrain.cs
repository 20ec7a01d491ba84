namespace Hotline.Contracts.Orders;

/// <summary>
/// One work order (工单), keyed by its id. Commands answer with an <see cref="OrderResult"/>:
/// the order after the change, or the reason nothing changed. Errors are values, not exceptions,
/// so the edge can map them to 400/404/409 without losing the current status.
/// </summary>
[Alias("hotline.order")]
public interface IWorkOrderGrain : IGrainWithStringKey
{
    [Alias("create")] Task<OrderResult> Create(CreateOrder command);
    [Alias("get")] Task<OrderSnapshot?> Get();
    [Alias("answer")] Task<OrderResult> Answer(AnswerOrder command);
    [Alias("dispatch")] Task<OrderResult> Dispatch(DispatchOrder command);
    [Alias("accept")] Task<OrderResult> Accept(AcceptOrder command);
    [Alias("return")] Task<OrderResult> Return(ReturnOrder command);
    [Alias("extension")] Task<OrderResult> RequestExtension(RequestExtension command);
    [Alias("extension-decision")] Task<OrderResult> DecideExtension(DecideExtension command);
    [Alias("reply")] Task<OrderResult> Reply(ReplyOrder command);
    [Alias("review")] Task<OrderResult> Review(ReviewOrder command);
    [Alias("callback")] Task<OrderResult> Callback(CallbackOrder command);
    [Alias("merge")] Task<OrderResult> Merge(MergeOrder command);
    [Alias("transfer")] Task<OrderResult> Transfer(TransferOrder command);
    [Alias("inquiry-start")] Task<OrderResult> StartInquiry(StartInquiry command);
    [Alias("inquiry-answer")] Task<OrderResult> AnswerInquiry(AnswerInquiry command);
    [Alias("inquiry-review")] Task<OrderResult> ReviewInquiry(ReviewInquiry command);
    [Alias("escalation-ack")] Task<OrderResult> AcknowledgeEscalation(AcknowledgeEscalation command);
    [Alias("urge")] Task<OrderResult> Urge(UrgeOrder command);
    [Alias("urge-ack")] Task<OrderResult> AcknowledgeUrge(AcknowledgeUrge command);
    [Alias("consultation-open")] Task<OrderResult> OpenConsultation(OpenConsultation command);
    [Alias("consultation-reply")] Task<OrderResult> ReplyConsultation(ReplyConsultation command);
    [Alias("consultation-conclude")] Task<OrderResult> ConcludeConsultation(ConcludeConsultation command);

    /// <summary>Called by a child order being merged into this one (并单).</summary>
    [Alias("add-child")] Task<OrderResult> AddMergedChild(string childId, string actor);
}
