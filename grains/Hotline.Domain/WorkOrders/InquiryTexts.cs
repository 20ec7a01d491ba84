namespace Hotline.Domain.WorkOrders;

/// <summary>The user-facing text of the 接诉即办 inquiry (zh-CN).</summary>
public static class InquiryTexts
{
    public const string CommandStart = "发起接诉即办征询";
    public const string CommandAnswer = "答复征询";
    public const string CommandReview = "审核征询答复";
    public const string FieldQuestion = "征询内容";
    public const string FieldAnswer = "答复内容";
    public const string FieldContact = "应急联系人";
    public const string AlreadyOpen = "本工单已有进行中的接诉即办征询，请等待答复或审核";
    public const string NoneOpen = "本工单没有进行中的接诉即办征询";
    public const string NotAnsweredYet = "应急联系人尚未答复，不能审核";
    public const string AlreadyAnswered = "应急联系人已答复，正在审核";

    public static string NotAsked(string department) => $"“{department}”不是本次征询的单位";

    public static string Started(string department, string? contact) =>
        contact is null ? $"向“{department}”应急联系人征询" : $"向“{department}”应急联系人（{contact}）征询";

    public static string Answered(int round) => round == 1 ? "应急联系人已答复" : $"应急联系人第 {round} 次答复";

    public const string Approved = "征询答复审核通过，已答复来电人";

    public static string Rejected(IEnumerable<string> reasons) => $"征询答复未通过审核：{string.Join("；", reasons)}";

    public static string Cancelled(string how) => $"征询已撤销（{how}）";
}
