namespace Hotline.Synthetic.Reviews;

/// <summary>What a reply of each level-1 group says it did (the words reviewers look for).</summary>
internal static class ActionTerms
{
    private static readonly Dictionary<string, string[]> ByGroup = new(StringComparer.Ordinal)
    {
        ["01"] = ["现场", "上门", "核查", "整改"],
        ["02"] = ["抢修", "恢复", "现场", "检测"],
        ["03"] = ["现场", "查处", "疏导", "整治"],
        ["04"] = ["核实", "约谈", "办理", "政策"],
        ["05"] = ["监测", "现场", "执法", "检测"],
        ["06"] = ["核查", "立案", "责令", "检查"],
        ["07"] = ["实地", "核实", "协调", "修缮"],
        ["08"] = ["核实", "调查", "整改", "约谈"],
        ["09"] = ["实地", "核查", "查处", "规划"],
    };

    private static readonly string[] Fallback = ["核实", "办理", "处理结果"];

    public static string[] For(string groupCode) => ByGroup.GetValueOrDefault(groupCode) ?? Fallback;
}
