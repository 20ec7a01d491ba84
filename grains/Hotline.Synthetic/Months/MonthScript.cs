namespace Hotline.Synthetic.Months;

/// <summary>
/// A deterministic month of orders for the figures' hand-count test: each working day of
/// <paramref name="Days"/> gets its share of orders over varied districts, topics and departments, each with
/// a scripted fate (direct answer, on-time or late acceptance and reply, returns and re-dispatch, callbacks
/// satisfied / basically / dissatisfied / unreachable, resolved or not).
/// </summary>
public sealed record MonthScript(IReadOnlyList<DateOnly> Days, IReadOnlyList<MonthOrder> Orders)
{
    /// <summary>Heating companies by district: heating orders go to the district's company (供热专班).</summary>
    private static readonly (string District, string Company)[] Heating =
    [
        ("141102", "RL-LS"), ("141181", "RL-XY"), ("141182", "RL-FY"), ("141121", "RL-WS"),
        ("141122", "RL-JC"), ("141125", "RL-LL"), ("141129", "RL-ZY"),
    ];

    /// <summary>Other topics and their lead department; a co-handler for a few (协办).</summary>
    private static readonly (string Category, string Lead, string? Co, string Title)[] Topics =
    [
        ("供水", "SW", null, "小区停水未通知"),
        ("燃气", "RQ", null, "燃气表读数异常"),
        ("市容环境", "CGJ", "ZJJ", "小区门口垃圾堆积"),
        ("物业管理", "ZJJ", null, "物业不维修电梯"),
        ("交通秩序", "GAJ-JJ", "CGJ", "路口车辆乱停放"),
        ("劳动保障", "RSJ", null, "拖欠工资未发放"),
    ];

    private static readonly string[] OtherDistricts =
        ["141102", "141123", "141124", "141126", "141127", "141128", "141130", "141181", "141182"];

    /// <summary>Departments a returned order may be re-dispatched to (改派), by topic.</summary>
    private static readonly Dictionary<string, string> Redispatch = new()
    {
        ["供水"] = "ZJJ", ["燃气"] = "ZJJ", ["市容环境"] = "ZRZYJ", ["物业管理"] = "CGJ", ["交通秩序"] = "JTJ", ["劳动保障"] = "SJJ", ["供热"] = "ZJJ",
    };

    public static MonthScript Generate(int seed, int orders, DateOnly firstDay, int workingDays)
    {
        var days = WorkingDays(firstDay, workingDays);
        var random = new Random(seed);
        var list = new List<MonthOrder>(orders);
        for (var i = 0; i < orders; i++)
        {
            var day = days[i * days.Count / orders];
            var heating = random.NextDouble() < 0.4;
            string district, category, lead, title;
            string? co = null;
            if (heating)
            {
                (district, lead) = Heating[random.Next(Heating.Length)];
                (category, title) = ("供热", "室内温度不达标");
            }
            else
            {
                var topic = Topics[random.Next(Topics.Length)];
                (category, lead, title) = (topic.Category, topic.Lead, topic.Title);
                district = OtherDistricts[random.Next(OtherDistricts.Length)];
                co = topic.Co is not null && random.NextDouble() < 0.5 ? topic.Co : null;
            }
            var fate = PickFate(random, co is not null);
            var shortAccept = category is "供热" or "供水" or "燃气";
            list.Add(new MonthOrder(
                $"M{day:MMdd}-{i:D4}-{seed}",
                day, district, category, title, $"{title}，请尽快处理。（生成工单 {i}）",
                $"139{seed % 1000:D3}{i:D5}", fate, lead, co,
                fate == MonthFate.ReturnedThenSatisfied ? Redispatch[category] : null,
                AcceptLate: shortAccept && fate is not MonthFate.NeverAccepted and not MonthFate.DirectAnswer && random.NextDouble() < 0.25,
                ReplyLate: heating && fate is not MonthFate.NeverAccepted and not MonthFate.StillHandling and not MonthFate.DirectAnswer && random.NextDouble() < 0.2,
                Resolved: random.NextDouble() < 0.85));
        }
        return new MonthScript(days, list);
    }

    private static MonthFate PickFate(Random random, bool coHandled)
    {
        // Returns and re-dispatch only without a co-handler, so each order has one dispatch with co-handlers at most.
        var roll = random.NextDouble();
        return roll switch
        {
            < 0.08 => MonthFate.DirectAnswer,
            < 0.40 => MonthFate.Satisfied,
            < 0.55 => MonthFate.BasicallySatisfied,
            < 0.65 => MonthFate.DissatisfiedThenSatisfied,
            < 0.73 => MonthFate.UnreachableThenSatisfied,
            < 0.83 => coHandled ? MonthFate.Satisfied : MonthFate.ReturnedThenSatisfied,
            < 0.90 => MonthFate.NeverAccepted,
            _ => MonthFate.StillHandling,
        };
    }

    /// <summary>Monday to Friday from <paramref name="first"/> (the script avoids holiday months).</summary>
    private static List<DateOnly> WorkingDays(DateOnly first, int count)
    {
        var days = new List<DateOnly>(count);
        for (var d = first; days.Count < count; d = d.AddDays(1))
            if (d.DayOfWeek is not DayOfWeek.Saturday and not DayOfWeek.Sunday) days.Add(d);
        return days;
    }
}
