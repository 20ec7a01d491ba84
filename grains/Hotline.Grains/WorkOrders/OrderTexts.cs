namespace Hotline.Grains.WorkOrders;

/// <summary>User-facing text of the order grain's own checks (the domain has its own in WorkOrderTexts).</summary>
public static class OrderTexts
{
    public const string InvalidInput = "提交的内容有误，请按提示修改后重试。";
    public static string NotFound(string id) => $"工单 {id} 不存在。";
    public static string AlreadyExists(string id) => $"工单 {id} 已存在，不能重复创建。";
    public static string UnknownDepartment(string code) => $"单位编码 {code} 不存在。";
    public const string BlankDepartment = "单位编码不能为空。";
    public static string UnknownDistrict(string code) => $"区县编码 {code} 不存在。";
    public static string UnknownChannel(string channel) => $"受理渠道“{channel}”不存在。";
    public static string MustBeOneOf(string allowed) => $"取值必须是：{allowed}。";
    public static string ParentNotFound(string id) => $"要并入的主工单 {id} 不存在。";
    public static string FinalReplyLocked(string orderId, string? department) =>
        $"该来电人同一事项已由{(department is null ? "承办单位" : $"“{department}”")}作出最终答复（工单 {orderId}），不再重复受理。请向来电人说明原答复。";
    public static string ParentRefused(string id, string why) => $"主工单 {id} 不能接收并单：{why}";
    public static string BlockingRulesFailed(IEnumerable<string> rules) =>
        $"答复未通过必改审核规则：{string.Join("、", rules)}。不能审核通过，请退回并写明理由。";
}
