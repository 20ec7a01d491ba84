using static Hotline.Domain.Tests.Categories.CategoryData;

namespace Hotline.Domain.Tests.Categories;

public sealed class ResponsibilityListTests
{
    [Fact]
    public void District_rule_beats_the_generic_rule_at_the_same_level()
    {
        var leaf = Code("突发停暖");

        Assert.Equal("RL-LS", Rules.Decide(leaf, Lishi)?.Department);
        Assert.Equal("RL-XY", Rules.Decide(leaf, "141181")?.Department);
        Assert.Equal(new("ZJJ", "供热-无集中供热企业的县"), Rules.Decide(leaf, Xingxian));
    }

    [Fact]
    public void Longest_matching_category_prefix_wins()
    {
        Assert.Equal("CGJ", Rules.Decide(Code("人行道私装地锁"), Lishi)?.Department);
        Assert.Equal("ZJJ", Rules.Decide(Code("小区车库门前地锁"), Lishi)?.Department);
        Assert.Equal("SHJ", Rules.Decide(Code("工厂排放废气"), Lishi)?.Department);
        Assert.Equal(new("ZJJ", "施工噪声-住建监管"), Rules.Decide(Code("夜间施工噪声"), Lishi));
        Assert.Equal("NYNCJ", Rules.Decide(Code("村道未硬化"), Xingxian)?.Department);
        Assert.Equal("CGJ", Rules.Decide(Code("楼顶加盖"), Xingxian)?.Department);
    }

    [Theory]
    [InlineData("01")]
    [InlineData("")]
    [InlineData(null)]
    [InlineData("0199")]
    public void Level_one_or_unknown_codes_do_not_decide(string? code) => Assert.Null(Rules.Decide(code, Lishi));

    [Fact]
    public void Every_leaf_is_decided_in_every_district_by_a_real_department()
    {
        foreach (var district in City.Districts)
            foreach (var leaf in Tree.Leaves)
                Assert.NotNull(City.FindDepartment(Rules.Decide(leaf.Code, district.Code)!.Department));
    }

    [Fact]
    public void Every_department_but_the_centre_is_the_target_of_some_rule()
    {
        var targeted = Rules.Rules.Select(r => r.Department).ToHashSet();

        Assert.All(City.Departments.Where(d => d.Code != "HOTLINE"), d => Assert.Contains(d.Code, targeted));
    }

    [Fact]
    public void Departments_under_a_group_rank_the_district_company_and_exclude_other_districts()
    {
        var lishi = Rules.DepartmentsUnder("01", Lishi);
        var xingxian = Rules.DepartmentsUnder("01", Xingxian);

        Assert.Contains("RL-LS", lishi);
        Assert.DoesNotContain("RL-XY", lishi);
        Assert.DoesNotContain("RL-LS", xingxian);
        Assert.Equal(["ZJJ", "CGJ"], xingxian.Take(2));
        Assert.Equal(["GD", "RQ", "SW"], Rules.DepartmentsUnder("02", Lishi).Order(StringComparer.Ordinal));
        Assert.Equal(City.Departments.Count(d => d.Code != "HOTLINE" && (d.District is null || d.District == Lishi)),
            Rules.DepartmentsUnder(null, Lishi).Count);
    }
}
