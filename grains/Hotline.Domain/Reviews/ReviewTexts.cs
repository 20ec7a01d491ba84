namespace Hotline.Domain.Reviews;

/// <summary>User-facing text of the review rules (zh-CN).</summary>
public static class ReviewTexts
{
    public const string KindMentionsAny = "须提及";
    public const string KindCitesRegulation = "引用政策法规";
    public const string KindIncludesContact = "留有联系方式";
    public const string KindNotTemplate = "非模板化答复";
    public const string KindEvidenceAttached = "附佐证材料";
    public const string KindMinLength = "答复字数";
    public const string KindFinalSigned = "最终答复签发";

    public static string MentionsNone(IEnumerable<string> terms) => $"答复未提及：{string.Join("、", terms)}（须至少提及其一）";
    public const string NoRegulation = "答复未引用政策法规依据（如《…》或 …条例/办法/规定 第…条）";
    public const string NoContact = "答复未留联系人或联系电话";
    public static string Boilerplate(int left, int min) => $"答复多为套话（去除“已转相关部门”“正在处理中”等后仅余 {left} 字，须不少于 {min} 字的实际办理情况）";
    public const string SameAsEarlier = "答复与此前被退回的答复完全相同";
    public static string TooFewEvidence(int count, int min) => $"佐证材料不足（{count} 份，须至少 {min} 份）";
    public static string TooShort(int length, int min) => $"答复过短（{length} 字，须不少于 {min} 字）";
    public const string FinalNotSigned = "最终答复未写明签发负责人（须有“负责人”或“签发”）";

    public const string StageSelfCheck = "自检";
    public const string StageDepartment = "部门审核";
    public const string StageCentre = "中心审核";

    public static string StageText(ReviewStage stage) => stage switch
    {
        ReviewStage.SelfCheck => StageSelfCheck,
        ReviewStage.Department => StageDepartment,
        _ => StageCentre,
    };

    public static string StatusText(ReviewRuleStatus status) => status == ReviewRuleStatus.Active ? "启用中" : "已停用";

    public const string NameRequired = "规则名称不能为空。";
    public static string TooLong(string label, int max) => $"{label}不能超过 {max} 个字。";
    public static string UnknownKind(string allowed) => $"检查类型必须是：{allowed}。";
    public const string KindRequired = "检查类型不能为空。";
    public const string TermsRequired = "此检查类型须填写至少一个词语。";
    public const string BlankTerm = "词语不能为空白。";
    public const string MinRequired = "此检查类型须填写不小于 1 的数值。";
    public const string MinRange = "数值须在 1 到 5000 之间。";
    public static string StagesRequired(string allowed) => $"须选择至少一个审核环节：{allowed}。";
    public static string UnknownStage(string stage, string allowed) => $"审核环节 {stage} 不存在，须为：{allowed}。";
    public static string UnknownTopic(string topic) => $"分类主题“{topic}”不存在。";
    public static string UnknownCategory(string code) => $"分类编码 {code} 不存在。";
    public static string UnknownDepartment(string code) => $"单位 {code} 不存在。";
    public const string BlankKeyword = "关键词不能为空白。";
    public const string AlreadyRetired = "该规则已停用。";
    public static string NotFound(string id) => $"审核规则 {id} 不存在。";
    public const string FieldName = "规则名称";
    public const string FieldDescription = "规则说明";
}
