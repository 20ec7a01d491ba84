using static Hotline.Domain.Tests.Categories.CategoryData;

namespace Hotline.Domain.Tests.Categories;

public sealed class OrderTemplatesTests
{
    [Fact]
    public void Every_topic_and_leaf_has_a_template()
    {
        Assert.All(Tree.All.Where(n => n.Level >= 2), node => Assert.NotNull(Templates.For(node.Code)));
    }

    [Fact]
    public void A_leaf_without_its_own_template_uses_the_nearest_ancestor()
    {
        var template = Templates.For(Code("居民住宅室温低于18℃"));

        Assert.NotNull(template);
        Assert.Equal("01010101", template.CategoryCode);
        Assert.Equal("urgent", template.Urgency);
        Assert.Contains("室内温度", template.Fields);
        Assert.Equal("0101", Templates.For(Code("申请报停供暖"))!.CategoryCode);
        Assert.Equal("life-safety", Templates.For(Code("室内燃气泄漏"))!.Urgency);
        Assert.Equal("0701", Templates.For(Code("村道积水"))!.CategoryCode);
    }

    [Fact]
    public void Unknown_codes_and_groups_without_a_template_get_none()
    {
        Assert.Null(Templates.For(null));
        Assert.Null(Templates.For("0199999999"));
        Assert.Null(Templates.For("03"));
        Assert.NotNull(Templates.For("01"));
    }
}
