namespace Hotline.Domain.Reviews;

/// <summary>Where a reply is checked: the handler's own check of a draft, then 部门审核, then 中心审核.</summary>
public enum ReviewStage
{
    /// <summary>自检: the handler checks a draft before sending it.</summary>
    SelfCheck,
    /// <summary>部门审核.</summary>
    Department,
    /// <summary>中心审核.</summary>
    Centre,
}
