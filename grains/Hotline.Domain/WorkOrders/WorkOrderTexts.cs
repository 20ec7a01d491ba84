using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

/// <summary>
/// Every Chinese (zh-CN) text the work-order domain shows a person, kept in one place so the wording is
/// reviewed together and can later move to resources without touching the rules.
/// </summary>
public static class WorkOrderTexts
{
    public const string InvalidIntake = "工单信息有误，请检查标注的字段";
    public const string InvalidInput = "输入有误，请检查标注的字段";

    // Field labels, used inside the field messages.
    public const string FieldId = "工单编号";
    public const string FieldActor = "操作人";
    public const string FieldChannel = "受理渠道";
    public const string FieldPhone = "来电号码";
    public const string FieldCaller = "来电人";
    public const string FieldCallerType = "来电人类型";
    public const string FieldDistrict = "行政区划";
    public const string FieldAddress = "地址";
    public const string FieldCategory = "诉求分类";
    public const string FieldTitle = "标题";
    public const string FieldContent = "诉求内容";
    public const string FieldUrgency = "紧急程度";
    public const string FieldAnswer = "答复内容";
    public const string FieldLead = "主办单位";
    public const string FieldCoHandlers = "协办单位";
    public const string FieldDepartment = "承办单位";
    public const string FieldGrounds = "退单理由";
    public const string FieldReason = "理由";
    public const string FieldReplyContent = "办理结果";
    public const string FieldEvidence = "佐证材料";
    public const string FieldLevel = "审核级别";
    public const string FieldReasons = "审核意见";
    public const string FieldSatisfaction = "满意度";
    public const string FieldParentId = "主工单编号";
    public const string FieldChildId = "子工单编号";
    public const string FieldTransferTarget = "转办对象";

    // Command names, as they appear in refusals ("不能签收").
    public const string CommandAnswer = "直接答复";
    public const string CommandDispatch = "派单";
    public const string CommandAccept = "签收";
    public const string CommandReturn = "退单";
    public const string CommandRequestExtension = "申请延期";
    public const string CommandDecideExtension = "审批延期";
    public const string CommandReply = "答复";
    public const string CommandReview = "审核";
    public const string CommandCallback = "回访";
    public const string CommandMerge = "并单";
    public const string CommandAddMergedChild = "并入子工单";
    public const string CommandTransfer = "转办";

    public const string PhoneFormat = "来电号码须为5至20位数字，可以“+”开头";
    public const string LatitudeRange = "纬度须在-90到90之间";
    public const string LongitudeRange = "经度须在-180到180之间";
    public const string CoHandlersDistinct = "协办单位不能重复";
    public const string CoHandlerIsLead = "协办单位不能包含主办单位";
    public const string NotSelf = "不能并入工单自身";
    public const string ReturnWindowPassed = "已超过退单时限";
    public const string ExtensionAlreadyPending = "已有待审批的延期申请，请等待中心审批";
    public const string NoPendingExtension = "没有待审批的延期申请";
    public const string NoDeadlineToExtend = "没有正在计时的办理时限，无法延期";
    public const string DepartmentReviewFirst = "须先通过部门审核，才能进行中心审核";
    public const string KeptByDepartment = "中心裁定由原承办单位继续办理";
    public const string FinalReply = "最终答复";

    public static string Required(string label) => $"{label}不能为空";

    public static string TooLong(string label, int max) => $"{label}不能超过{max}个字";

    public static string NotDefined(string label) => $"{label}取值无效";

    public static string NotAllowed(string command, OrderStatus status) =>
        $"工单当前为“{OrderStatusText(status)}”，不能{command}";

    public static string Terminal(string command, OrderStatus status) =>
        $"工单已{OrderStatusText(status)}，流程已结束，不能再{command}";

    public static string NotAHandler(string department) => $"“{department}”不是本工单当前的承办单位";

    public static string LeadOnly(string command) => $"只有主办单位可以{command}";

    public static string AlreadyAccepted(string department) => $"“{department}”已签收，无需重复签收";

    public static string NotAccepted(string department) => $"“{department}”尚未签收，不能答复";

    public static string UntilNotLater(DateTimeOffset due) => $"延期后的期限须晚于当前期限 {Format(due)}";

    public static string Redispatched(string previousLead) => $"改派，原主办单位：{previousLead}";

    public static string CoHandlerList(IEnumerable<string> coHandlers) => $"协办单位：{string.Join("、", coHandlers)}";

    public static string ExtensionRequested(DateTimeOffset until, string reason) => $"申请延期至 {Format(until)}：{reason}";

    public static string ExtensionApproved(DateTimeOffset until, string? reason) =>
        WithNote($"同意延期至 {Format(until)}", reason);

    public static string ExtensionDenied(string? reason) => WithNote("不同意延期", reason);

    public static string ReviewPassed(ReviewLevel level) => $"{ReviewLevelText(level)}通过";

    public static string ReviewFailed(ReviewLevel level, IEnumerable<string> reasons) =>
        $"{ReviewLevelText(level)}未通过：{string.Join("；", reasons)}";

    public static string Callback(Satisfaction satisfaction, string? note) => WithNote(SatisfactionText(satisfaction), note);

    public static string Reopened(int count) => $"回访不满意，第{count}次重办";

    public static string MergedInto(string parentId) => $"并入工单 {parentId}";

    public static string ChildMerged(string childId) => $"工单 {childId} 已并入本单";

    /// <summary>The audit reason of a clock event, e.g. "accept 75%" (codes, not prose: screens translate them).</summary>
    public static string ClockReason(ClockEvent e) => $"{AuditActions.ClockCode(e.Clock)} {e.Percent}%";

    public static string OrderStatusText(OrderStatus status) => status switch
    {
        OrderStatus.Received => "受理",
        OrderStatus.DirectlyAnswered => "直接答复",
        OrderStatus.PendingDispatch => "待派单",
        OrderStatus.Dispatched => "已派单",
        OrderStatus.Accepted => "已签收",
        OrderStatus.Replied => "已答复",
        OrderStatus.UnderReview => "审核中",
        OrderStatus.PendingCallback => "待回访",
        OrderStatus.Closed => "办结",
        OrderStatus.Returned => "退单",
        OrderStatus.Merged => "并单",
        OrderStatus.Transferred => "转办",
        OrderStatus.Reopened => "重办",
        OrderStatus.Inquiring => "接诉即办征询",
        _ => status.ToString(),
    };

    public static string ClockNameText(ClockName name) => name switch
    {
        ClockName.Accept => "签收",
        ClockName.ReturnWindow => "退单期",
        ClockName.EmergencyAnswer => "应急答复",
        ClockName.Completion => "办结",
        ClockName.SameDay => "当日办结",
        ClockName.Callback => "回访",
        ClockName.ContactAnswer => "联系人答复",
        ClockName.Consultation => "会商意见",
        _ => name.ToString(),
    };

    public static string UrgencyText(Urgency urgency) => urgency switch
    {
        Urgency.Urgent => "紧急",
        Urgency.LifeSafety => "危及生命财产",
        _ => "一般",
    };

    public static string ReviewLevelText(ReviewLevel level) => level switch
    {
        ReviewLevel.Department => "部门审核",
        _ => "中心审核",
    };

    public static string SatisfactionText(Satisfaction satisfaction) => satisfaction switch
    {
        Satisfaction.Satisfied => "满意",
        Satisfaction.BasicallySatisfied => "基本满意",
        _ => "不满意",
    };

    public static string TransferTargetText(TransferTarget target) => target switch
    {
        TransferTarget.Police110 => "转110（公安）",
        TransferTarget.Fire119 => "转119（消防）",
        _ => "转120（急救）",
    };

    private static string WithNote(string head, string? note) =>
        string.IsNullOrWhiteSpace(note) ? head : $"{head}：{note}";

    /// <summary>Instants in texts are read by people in the city: always in China Standard Time (UTC+8, no DST).</summary>
    private static string Format(DateTimeOffset instant) =>
        instant.ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
}
