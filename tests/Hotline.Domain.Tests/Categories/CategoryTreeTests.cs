using static Hotline.Domain.Tests.Categories.CategoryData;

namespace Hotline.Domain.Tests.Categories;

public sealed class CategoryTreeTests
{
    [Fact]
    public void Tree_has_five_levels_and_a_realistic_number_of_leaves()
    {
        Assert.InRange(Tree.Leaves.Count, 150, 250);
        Assert.All(Tree.Leaves, leaf => Assert.Equal(10, leaf.Code.Length));
        Assert.All(Tree.All, node => Assert.Equal(node.Code.Length / 2, node.Level));
        Assert.All(Tree.All.Where(n => n.Level > 1), node => Assert.NotNull(Tree.Find(node.ParentCode)));
        Assert.Equal(Tree.All.Count, Tree.All.Select(n => n.Code).Distinct().Count());
        Assert.Contains(Tree.Roots, r => r.Name == "城乡建设");
    }

    [Fact]
    public void Level_two_topics_cover_every_topic_a_department_owns()
    {
        var owned = City.Departments.SelectMany(d => d.Owns).Distinct();

        Assert.All(owned, topic =>
        {
            var node = Tree.FindTopic(topic);
            Assert.NotNull(node);
            Assert.Equal(2, node.Level);
            Assert.True(Tree.LeavesUnder(node.Code).Count >= 3, $"{topic} has too few leaves");
        });
    }

    [Fact]
    public void Path_topic_and_containment_follow_the_codes()
    {
        var leaf = Code("居民住宅室温低于18℃");

        Assert.Equal("城乡建设 / 供热 / 供热质量 / 室温不达标 / 居民住宅室温低于18℃", Tree.PathText(leaf));
        Assert.Equal(["01", "0101", "010101", "01010101", leaf], Tree.PathTo(leaf).Select(n => n.Code));
        Assert.Equal("供热", Tree.TopicOf(leaf));
        Assert.Equal("供热", Tree.TopicOf("0101"));
        Assert.Null(Tree.TopicOf("01"));
        Assert.Null(Tree.TopicOf("99"));
        Assert.Null(Tree.TopicOf(null));
        Assert.True(Tree.IsWithin(leaf, "0101"));
        Assert.True(Tree.IsWithin("0101", "0101"));
        Assert.False(Tree.IsWithin("0101", leaf));
        Assert.False(Tree.IsWithin(leaf, "0102"));
        Assert.All(Tree.Children("0101"), c => Assert.Equal("0101", c.ParentCode));
        Assert.Empty(Tree.Children(leaf));
        Assert.Equal("供热", Tree.Find(leaf)!.Topic);
        Assert.Equal("", Tree.Find("01")!.Topic);
    }
}
