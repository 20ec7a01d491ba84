using Hotline.Domain.Categories;
using Hotline.Domain.Tests.Calendar;

namespace Hotline.Domain.Tests.Categories;

public sealed class CategoryFileErrorTests : IDisposable
{
    private const string GoodTree = """
        { "categories": [
          { "code": "01", "name": "城乡建设" }, { "code": "0101", "name": "供热" }, { "code": "010101", "name": "供热质量" },
          { "code": "01010101", "name": "室温不达标" }, { "code": "0101010101", "name": "室温低于18℃" } ] }
        """;

    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Theory]
    [InlineData("""{ "categories": [ { "code": "01", "name": "a" }, { "code": "01", "name": "b" } ] }""", "appears twice")]
    [InlineData("""{ "categories": [ { "code": "01", "name": "a" }, { "code": "010101", "name": "b" } ] }""", "no parent '0101'")]
    [InlineData("""{ "categories": [ { "code": "01", "name": "a" }, { "code": "0101", "name": "b" } ] }""", "leaves must be level 5")]
    [InlineData("""{ "categories": [ { "code": "012", "name": "a" } ] }""", "2, 4, 6, 8 or 10 digits")]
    [InlineData("""{ "categories": [ { "code": "01", "name": "a", "colour": "red" } ] }""", "colour")]
    [InlineData("""{ "categories": [ { "code": "01" } ] }""", "name")]
    [InlineData("""{ "categories": [ """, "")]
    public void Bad_tree_file_is_an_error_naming_the_file(string json, string fault)
    {
        var path = _temp.Write(CategoryTree.FileName, json);

        var error = Assert.Throws<InvalidDataException>(() => CategoryTree.Load(_temp.Path));

        Assert.Contains(path, error.Message);
        Assert.Contains(fault, error.Message);
    }

    [Fact]
    public void Missing_tree_file_is_an_error_naming_the_file()
    {
        var error = Assert.Throws<InvalidDataException>(() => CategoryTree.Load(_temp.Path));

        Assert.Contains(CategoryTree.FileName, error.Message);
    }

    [Theory]
    [InlineData("""{ "rules": [ { "name": "x", "category": "0199", "department": "ZJJ" } ] }""", "not in the category tree")]
    [InlineData("""{ "rules": [ { "name": "x", "category": "01", "department": "ZJJ" } ] }""", "level 1")]
    [InlineData("""{ "rules": [ { "name": "x", "category": "0101", "department": "ZJJ" }, { "name": "y", "category": "0101", "department": "CGJ" } ] }""", "repeats")]
    [InlineData("""{ "rules": [ { "name": "x", "category": "0101", "dept": "ZJJ" } ] }""", "dept")]
    public void Bad_responsibility_file_is_an_error_naming_the_file(string json, string fault)
    {
        var tree = LoadGoodTree();
        var path = _temp.Write(ResponsibilityList.FileName, json);

        var error = Assert.Throws<InvalidDataException>(() => ResponsibilityList.Load(_temp.Path, tree));

        Assert.Contains(path, error.Message);
        Assert.Contains(fault, error.Message);
    }

    [Theory]
    [InlineData("""{ "templates": [ { "category": "0101", "title": "t", "content": "c", "urgency": "soon", "fields": ["a"] } ] }""", "urgency 'soon'")]
    [InlineData("""{ "templates": [ { "category": "0102", "title": "t", "content": "c", "urgency": "normal", "fields": ["a"] } ] }""", "not in the category tree")]
    [InlineData("""{ "templates": [ { "category": "0101", "title": "t", "content": "c", "urgency": "normal", "fields": [] } ] }""", "at least one field")]
    public void Bad_template_file_is_an_error_naming_the_file(string json, string fault)
    {
        var tree = LoadGoodTree();
        var path = _temp.Write(OrderTemplates.FileName, json);

        var error = Assert.Throws<InvalidDataException>(() => OrderTemplates.Load(_temp.Path, tree));

        Assert.Contains(path, error.Message);
        Assert.Contains(fault, error.Message);
    }

    private CategoryTree LoadGoodTree()
    {
        _temp.Write(CategoryTree.FileName, GoodTree);
        return CategoryTree.Load(_temp.Path);
    }
}
