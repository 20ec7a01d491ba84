namespace Hotline.Synthetic;

/// <summary>
/// Makes a probe pattern read like a seat's hurried search: synonyms (暖气不热 → 室温低),
/// dropped filler words, and now and then no district. Works on the pattern, before the slots are
/// filled, so place names are never mangled.
/// </summary>
internal static class ProbeRewriter
{
    private static readonly (string From, string[] To)[] Synonyms =
    [
        ("暖气不热", ["室温低", "供暖不达标", "家里不热"]),
        ("暖气费", ["采暖费", "取暖费", "供热费"]),
        ("取暖费", ["暖气费", "采暖费"]),
        ("供暖", ["供热", "暖气"]),
        ("停车位", ["车位", "停车泊位"]),
        ("车位", ["停车位"]),
        ("违建", ["违法建设", "私搭乱建"]),
        ("私搭乱建", ["违建", "乱搭乱建"]),
        ("咋", ["怎么", "如何"]),
        ("怎么", ["咋", "如何"]),
        ("找谁", ["谁管", "找哪个部门"]),
        ("谁管", ["找谁", "归谁管"]),
        ("煤气", ["燃气", "天然气"]),
        ("地锁", ["地桩锁", "车位锁"]),
        ("维修基金", ["维修资金", "大修基金"]),
        ("社保", ["养老保险"]),
        ("退休金", ["养老金"]),
        ("工钱", ["工资"]),
        ("房产证", ["不动产证"]),
        ("多少钱", ["多少", "啥价"]),
    ];

    private static readonly string[] Fillers = ["请问", "一下", "的", "呢", "啊"];

    public static string Rewrite(string pattern, Random r)
    {
        var text = pattern;
        foreach (var (from, to) in Synonyms)
            if (text.Contains(from, StringComparison.Ordinal) && r.Chance(0.6))
                text = text.Replace(from, r.Pick(to), StringComparison.Ordinal);
        foreach (var filler in Fillers)
        {
            var at = text.IndexOf(filler, StringComparison.Ordinal);
            if (at >= 0 && !InsideSlot(text, at) && r.Chance(0.5)) text = text.Remove(at, filler.Length);
        }
        if (r.Chance(0.5)) text = text.Replace("{区}", "", StringComparison.Ordinal);
        if (r.Chance(0.25)) text = text.TrimEnd('？', '?');
        return text.Trim();
    }

    /// <summary>A question reworded without a pattern: for entries this generator did not make.</summary>
    public static string RewriteText(string question, Random r)
    {
        var text = question;
        foreach (var (from, to) in Synonyms)
            if (text.Contains(from, StringComparison.Ordinal))
                text = text.Replace(from, r.Pick(to), StringComparison.Ordinal);
        text = text.Replace("请问", "", StringComparison.Ordinal).Replace("是多少", "多少", StringComparison.Ordinal).TrimEnd('？', '?');
        return text == question ? text + " 怎么办" : text;
    }

    private static bool InsideSlot(string text, int at)
    {
        var open = text.LastIndexOf('{', at);
        return open >= 0 && text.IndexOf('}', open) > at;
    }
}
