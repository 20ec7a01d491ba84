namespace Hotline.Domain.Knowledge;

/// <summary>Every Chinese (zh-CN) text the knowledge-base workflow shows a person, kept in one place.</summary>
public static class KnowledgeTexts
{
    public const string InvalidEntry = "知识条目信息有误，请检查标注的字段";
    public const string InvalidInput = "输入有误，请检查标注的字段";

    // Field labels.
    public const string FieldId = "知识编号";
    public const string FieldQuestion = "问题";
    public const string FieldAnswer = "答案";
    public const string FieldCategory = "知识分类";
    public const string FieldDepartments = "相关单位";
    public const string FieldTags = "标签";
    public const string FieldNote = "审核意见";
    public const string FieldReason = "下架原因";

    // Command names, as they appear in refusals ("不能发布").
    public const string CommandEdit = "修改";
    public const string CommandReview = "审核";
    public const string CommandPublish = "发布";
    public const string CommandRetire = "下架";
    public const string CommandHit = "引用";

    public const string CategoryFormat = "知识分类编码须为2至10位数字，每级两位（最多五级），且每级不能为“00”";
    public const string ValidUntilAfterFrom = "失效时间须晚于生效时间";
    public const string SelfReview = "不能审核自己编写的修订版本，请由其他人审核";
    public const string NoteRequiredOnReject = "审核不通过时须填写审核意见";
    public const string UrgentPublished = "应急征集：审核通过即发布";
    public const string NotOffered = "该知识当前未对坐席提供（未发布、已下架或不在有效期内），不能引用";

    public static string NotFound(string id) => $"知识条目“{id}”不存在";

    public static string Length(string label, int min, int max) => $"{label}须为{min}至{max}个字";

    public static string TooLong(string label, int max) => $"{label}不能超过{max}个字";

    public static string TooMany(string label, int max) => $"{label}最多{max}个";

    public static string NotAllowed(string command, KnowledgeStatus status) =>
        $"知识条目当前为“{StatusText(status)}”，不能{command}";

    public static string Retired(string command) => $"知识条目已下架，不能再{command}";

    public const string PublishNeedsReview = "须先审核通过，才能发布";

    public static string Edited(int version) => $"修订为第{version}版";

    public static string StatusText(KnowledgeStatus status) => status switch
    {
        KnowledgeStatus.Draft => "草稿",
        KnowledgeStatus.Reviewed => "已审核",
        KnowledgeStatus.Published => "已发布",
        _ => "已下架",
    };
}
