namespace Hotline.Client.Simulation;

/// <summary>What callers say on a cold day, and what heating companies answer (the reply passes the heating review rules).</summary>
public static class HeatingComplaints
{
    public static readonly IReadOnlyList<(string Title, string Content)> All =
    [
        ("暖气不热", "入冬以来家中暖气一直不热，室温只有十三四度，家里有老人，请尽快处理。"),
        ("暖气片漏水", "卧室暖气片接口处漏水，地板已泡湿，楼下邻居也受影响，请派人维修。"),
        ("供暖温度不达标", "小区整栋楼供暖温度偏低，多户室温不足18度，请热力公司核查。"),
        ("停暖未提前通知", "今天早上突然停暖，没有任何通知，不知道什么时候恢复。"),
        ("单元管道异响", "单元供暖管道夜间有很大的敲击声，影响休息，担心管道有隐患。"),
        ("新装住户未通暖", "已按要求缴纳取暖费，但家里至今没有通暖，请核实处理。"),
    ];

    public static readonly string[] Streets = ["滨河北路", "龙凤大街", "永宁路", "凤山路", "北川河东路", "府前街", "新华街", "振兴路"];

    public const string Reply = "已派维修人员上门现场检查，排气并调整阀门后室温恢复至20℃以上，已告知来电人。联系人：维修班长 0358-8221234。";

    public const string RedoReply = "重办：再次上门现场检查，更换堵塞的入户阀门并冲洗管道，复测室温21℃，来电人认可。联系人：维修班长 0358-8221234。";

    public const string ReturnGrounds = "经核实该地址不在本公司供热片区，请改派";

    public const string ExtensionReason = "需更换主管道阀门，配件明日到货，申请延期";
}
