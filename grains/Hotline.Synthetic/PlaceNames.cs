namespace Hotline.Synthetic;

/// <summary>Place and organisation names built from syllable lists: plausible for Lüliang, none of them real addresses.</summary>
internal static class PlaceNames
{
    private static readonly string[] Heads =
    [
        "阳光", "锦绣", "龙凤", "滨河", "金水", "华府", "康馨", "泰和", "福瑞", "丰泽", "盛世", "兴隆", "安康", "和谐", "祥瑞",
        "嘉禾", "富民", "裕丰", "宏达", "凤山", "鑫源", "悦城", "博雅", "怡景", "翠苑", "碧水", "德润", "君悦", "御景", "东方",
        "世纪", "万象", "紫荆", "桃源", "玉龙", "银河", "凯旋", "馨园", "书香", "龙城", "府西", "府东", "北川", "东川", "西山",
        "南关", "七一", "永宁", "向阳", "新华", "胜利", "建设", "文化", "团结", "红旗", "光明", "幸福", "汾河", "文峪", "薛公",
    ];

    private static readonly string[] CommunitySuffixes =
        ["小区", "花园", "家园", "新村", "苑", "佳苑", "华庭", "名都", "嘉园", "公寓", "雅居", "御府", "锦城", "学府", "水岸", "新城"];

    private static readonly string[] Phases = ["一期", "二期", "三期"];
    private static readonly string[] RoadSuffixes = ["路", "北路", "南路", "东街", "西街", "大道", "大街"];
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "赵", "薛", "郝", "贾", "高", "武", "白", "任", "冯", "梁"];
    private static readonly string[] VillageSuffixes = ["家庄", "家沟", "家坪", "家塔", "家峪", "家湾", "家岭", "家焉", "家崖"];
    private static readonly string[] Directions = ["上", "下", "东", "西", "南", "北", "前", "后"];
    private static readonly string[] VillageRoots = ["峪口", "水头", "沟门", "河底", "坪上", "庄头", "圪垛", "石门"];
    private static readonly string[] TownRoots = ["大武", "信义", "吴城", "西属巴", "坪头", "枣林", "金罗", "下堡", "梁家会", "三川河", "马坊", "城庄"];
    private static readonly string[] Industries = ["煤业", "焦化", "建材", "商贸", "物流", "食品", "农业", "科技", "能源", "化工", "餐饮", "房地产开发"];

    public static readonly string[] Cities =
    [
        "太原市", "大同市", "阳泉市", "长治市", "晋城市", "朔州市", "晋中市", "运城市", "忻州市", "临汾市", "北京市", "天津市",
        "石家庄市", "西安市", "榆林市", "鄂尔多斯市", "呼和浩特市", "郑州市", "济南市", "上海市", "广州市", "深圳市", "杭州市",
        "苏州市", "南京市", "成都市", "重庆市", "武汉市", "银川市", "包头市",
    ];

    public static string Community(Random r) =>
        r.Pick(Heads) + r.Pick(CommunitySuffixes) + (r.Chance(0.2) ? r.Pick(Phases) : "");

    public static string Road(Random r) => r.Pick(Heads) + r.Pick(RoadSuffixes);

    public static string Street(Random r) => r.Pick(Heads) + "街道";

    public static string Town(Random r) => r.Pick(TownRoots) + (r.Chance(0.8) ? "镇" : "乡");

    public static string Village(Random r) =>
        (r.Chance(0.6) ? r.Pick(Surnames) + r.Pick(VillageSuffixes) : r.Pick(Directions) + r.Pick(VillageRoots)) + "村";

    public static string Enterprise(Random r) =>
        "吕梁" + r.Pick(Heads) + r.Pick(Industries) + (r.Chance(0.7) ? "有限公司" : "有限责任公司");

    public static string School(Random r) => r.Pick(Heads) + r.Pick(["小学", "中学", "实验小学", "第二中学", "幼儿园"]);

    public static string Hospital(Random r, string district) =>
        r.Chance(0.6) ? district + r.Pick(["人民医院", "中医医院", "妇幼保健院", "第二人民医院"]) : r.Pick(Heads) + r.Pick(["医院", "诊所", "社区卫生服务中心"]);

    public static string Shop(Random r) => r.Pick(Heads) + r.Pick(["超市", "烧烤店", "健身会所", "理发店", "药店", "家电城", "饭店", "培训学校"]);
}
