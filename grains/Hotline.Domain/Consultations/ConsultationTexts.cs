namespace Hotline.Domain.Consultations;

/// <summary>The user-facing text of the consultation (会商), zh-CN.</summary>
public static class ConsultationTexts
{
    public const string CommandOpen = "发起会商";
    public const string CommandReply = "提交会商意见";
    public const string CommandConclude = "形成会商结论";
    public const string CommandConcludeDispatch = "会商后派单";
    public const string FieldTopic = "会商议题";
    public const string FieldLead = "牵头单位";
    public const string FieldCoHandlers = "会商协办单位";
    public const string FieldDueAt = "会商时限";
    public const string FieldOpinion = "会商意见";
    public const string FieldOutcome = "会商结论";
    public const string CoHandlersRequired = "至少选择一个会商协办单位";
    public const string CoHandlersDistinct = "会商协办单位不能重复";
    public const string CoHandlerIsLead = "会商协办单位不能包含牵头单位";
    public const string DueAtInPast = "会商时限须晚于当前时间";
    public const string AlreadyOpen = "本工单已有进行中的会商，请先形成结论";
    public const string NoneOpen = "本工单没有进行中的会商";

    public static string NotAParticipant(string department) => $"“{department}”不是本次会商的参与单位";

    public static string AlreadyReplied(string department) => $"“{department}”已提交会商意见";

    public static string Opened(string lead, IEnumerable<string> coHandlers) =>
        $"发起会商，牵头单位：{lead}；协办单位：{string.Join("、", coHandlers)}";

    public static string Replied(bool late) => late ? "提交会商意见（已超时）" : "提交会商意见";

    public static string Concluded(string outcome, IReadOnlyCollection<string> missing) =>
        missing.Count == 0 ? $"会商结论：{outcome}" : $"会商结论：{outcome}（未提交意见：{string.Join("、", missing)}）";

    public static string RoleText(ConsultationRole role) => role == ConsultationRole.Lead ? "牵头" : "协办";
}
