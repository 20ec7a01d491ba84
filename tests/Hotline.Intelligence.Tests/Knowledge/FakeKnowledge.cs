using Hotline.Intelligence.Knowledge;

namespace Hotline.Intelligence.Tests.Knowledge;

/// <summary>Quick, deterministic fake knowledge entries for load and latency measurements (not for relevance).</summary>
public static class FakeKnowledge
{
    private static readonly string[] Places = ["离石区", "孝义市", "汾阳市", "文水县", "交城县", "兴县", "临县", "柳林县", "石楼县", "岚县", "方山县", "中阳县", "交口县"];

    private static readonly (string Code, string Category, string Department, string[] Subjects, string[] Facts)[] Topics =
    [
        ("0101", "城乡建设/供热", "市住建局", ["供暖室温不达标", "暖气片不热", "供热管网漏水", "采暖费收费标准", "停暖退费", "新装暖气开户"],
            ["供暖期内居民卧室、起居室温度应不低于18℃，", "供热企业接到报修后应在2小时内上门检测室温，", "采暖费按建筑面积计收，", "经检测室温不达标的，按规定退还相应天数的采暖费，"]),
        ("0102", "城乡建设/供水", "市水务局", ["小区停水", "自来水水质发黄", "水表更换", "水费缴纳", "水压低", "管道爆裂抢修"],
            ["计划停水应提前24小时公告，", "供水企业应在接报后4小时内到场抢修，", "居民生活用水实行阶梯水价，", "水质问题可申请免费检测，"]),
        ("0103", "城乡建设/物业", "市住建局", ["物业费上涨", "物业不作为", "电梯故障困人", "楼道堆放杂物", "小区停车收费", "业主委员会成立"],
            ["物业服务收费应当公示收费项目和标准，", "电梯困人时请保持冷静并按下紧急呼叫按钮，", "业主大会可依法选聘或解聘物业服务企业，", "公共区域不得堆放杂物，"]),
        ("0201", "人力社保/工资", "市人社局", ["拖欠农民工工资", "劳动合同纠纷", "加班费计算", "最低工资标准", "工伤认定", "失业金申领"],
            ["用人单位不得克扣或者无故拖欠劳动者工资，", "劳动者可向劳动保障监察机构投诉，", "劳动争议可申请劳动仲裁，仲裁时效为一年，", "工伤认定申请应在事故发生之日起30日内提出，"]),
        ("0202", "人力社保/社保", "市医保局", ["医保异地就医备案", "医保报销比例", "养老保险转移", "灵活就业参保", "社保卡补办", "退休金调整"],
            ["异地就医前请先办理备案手续，", "住院费用按医院等级确定报销比例，", "养老保险关系可随本人转移接续，", "社保卡遗失后应及时挂失并补办，"]),
        ("0301", "公安/户籍", "市公安局", ["新生儿落户", "身份证补办", "居住证办理", "户口迁移", "临时身份证", "户籍证明开具"],
            ["新生儿应在出生后一个月内申报户口，", "居民身份证丢失可在任一派出所申请补领，", "居住证申领需在居住地居住半年以上，", "户口迁移需提供迁入地准迁证明，"]),
        ("0401", "交通运输/出行", "市交通局", ["公交线路调整", "出租车拒载", "网约车投诉", "道路施工绕行", "客运站班次", "交通卡充值"],
            ["出租车驾驶员不得拒载、绕道行驶，", "乘客投诉时请提供车牌号和乘车时间，", "公交线路调整信息在站牌和官方平台公布，", "网约车须取得网络预约出租汽车运输证，"]),
        ("0501", "城市管理/市容", "市城管局", ["占道经营", "违章建筑举报", "噪音扰民", "路灯不亮", "井盖缺失", "垃圾清运不及时"],
            ["城管执法人员将在接报后及时到场处置，", "夜间22时至次日6时禁止产生噪声扰民，", "路灯故障一般在24小时内修复，", "生活垃圾实行日产日清，"]),
        ("0601", "教育/入学", "市教育局", ["小学入学报名", "学区划分", "校外培训退费", "校车安全", "学籍转移", "营养餐补助"],
            ["适龄儿童按照划片范围就近入学，", "入学报名需提供户口簿和房产证明，", "校外培训机构预收费须纳入资金监管，", "学籍转移通过全国学籍系统办理，"]),
        ("0701", "市场监管/消费", "市市场监管局", ["预付卡退款", "食品安全投诉", "虚假宣传", "价格欺诈", "网购退换货", "商家拒开发票"],
            ["经营者应当按照约定履行预付款服务，", "消费者可在收到商品之日起七日内无理由退货，", "食品安全问题请保留购物凭证和实物，", "价格违法行为将依法查处，"]),
    ];

    private static readonly string[] Askings = ["怎么办", "如何处理", "找哪个部门", "需要什么材料", "有什么规定", "在哪里办理", "多长时间能解决"];

    private static readonly string[] Clauses =
    [
        "根据《{0}管理办法》相关规定，",
        "市民可携带本人有效身份证件到{1}政务服务中心{2}窗口办理，",
        "也可以通过“吕梁通”手机客户端在线提交申请，",
        "工作人员将在3个工作日内核实情况并答复，",
        "如对处理结果不满意，可再次拨打12345热线反映，",
        "相关费用按照物价部门核定的标准收取，",
        "紧急情况请直接拨打{2}24小时服务电话，",
        "办理时限一般为5个工作日，材料齐全的当场办结，",
        "特殊困难群众可申请上门服务。",
    ];

    public static IEnumerable<KnowledgeDocument> Generate(int count, int seed = 12345)
    {
        var random = new Random(seed);
        for (var i = 0; i < count; i++)
        {
            var (code, category, department, subjects, facts) = Topics[random.Next(Topics.Length)];
            var place = Places[random.Next(Places.Length)];
            var subject = subjects[random.Next(subjects.Length)];
            var question = $"{place}{subject}{Askings[random.Next(Askings.Length)]}？";
            var answer = string.Concat(Enumerable.Range(0, 8).Select(k => k % 2 == 0
                ? facts[random.Next(facts.Length)]
                : string.Format(Clauses[random.Next(Clauses.Length)], subject, place, department)));
            var validFrom = random.Next(10) == 0 ? new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.FromHours(8)) : (DateTimeOffset?)null;
            yield return new KnowledgeDocument(
                $"KB{i:D6}", question, $"关于{subject}：{answer}", code + (i % 7).ToString("D2"), category,
                [department], [subject, place], validFrom, null, random.Next(5000), 1);
        }
    }
}
