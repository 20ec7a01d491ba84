namespace Hotline.Dashboard.Api;

/// <summary>The Chinese texts of the callback queue and supervision endpoints.</summary>
public static class SupervisionApiTexts
{
    public const string DueBoolean = "due 必须是 true 或 false。";

    public static string UnknownLevel(string allowed) => $"督办层级取值必须是：{allowed}。";

    public const string DepartmentHeadOnly = "单位负责人层级的督办只能由本单位或管理员签收。";

    public const string CentreOnly = "热线中心层级的督办只能由调度、审核或管理员签收。";

    public const string LeadershipOnly = "市领导层级的督办只能由领导或管理员签收。";
}
