using Hotline.Domain.Clocks;

namespace Hotline.Domain.Supervision;

/// <summary>The user-facing texts of supervision (提级督办, 催办, 典型问题), in Chinese.</summary>
public static class SupervisionTexts
{
    public const string CommandAcknowledgeEscalation = "督办签收";
    public const string CommandUrge = "催办";
    public const string CommandAcknowledgeUrge = "催办签收";
    public const string FieldMessage = "催办内容";
    public const string FieldLevel = "督办层级";

    public static string LevelText(EscalationLevel level) => level switch
    {
        EscalationLevel.Handler => "承办人",
        EscalationLevel.DepartmentHead => "单位负责人",
        EscalationLevel.Centre => "热线中心",
        _ => "市领导",
    };

    public static string NoOpenStep(EscalationLevel level) => $"本工单没有待{LevelText(level)}签收的督办";

    public static string NoOpenUrge => "本工单没有待签收的催办";

    public static string CaseText(string code) => code switch
    {
        TypicalCaseCodes.PushBack => "推诿",
        TypicalCaseCodes.SlowResponse => "慢作为",
        TypicalCaseCodes.Overdue => "超期",
        TypicalCaseCodes.Perfunctory => "敷衍",
        _ => code,
    };
}
