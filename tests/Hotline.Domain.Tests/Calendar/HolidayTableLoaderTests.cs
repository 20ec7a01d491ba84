using Hotline.Domain.Calendar;

namespace Hotline.Domain.Tests.Calendar;

public sealed class HolidayTableLoaderTests : IDisposable
{
    private readonly TempDirectory _temp = new();

    public void Dispose() => _temp.Dispose();

    [Fact]
    public void Loads_the_shipped_tables()
    {
        var tables = HolidayTableLoader.LoadDirectory(Path.Combine(TestData.DataDirectory, "calendar"));

        Assert.Equal([2025, 2026], tables.Select(t => t.Year).Order());
        var y2026 = tables.Single(t => t.Year == 2026);
        Assert.Equal("CN", y2026.Region);
        Assert.Contains(new Holiday("春节", new(2026, 2, 15), new(2026, 2, 23)), y2026.Holidays);
        Assert.Contains(new DateOnly(2026, 2, 28), y2026.MakeUpWorkdays);
    }

    [Theory]
    [InlineData("{ not json")]
    [InlineData("""{ "region": "CN", "year": 2027, "source": "s", "holidays": [] }""")] // makeUpWorkdays missing
    [InlineData("""{ "region": "CN", "year": 2027, "source": "s", "holidays": [], "makeUpWorkdays": [], "extra": 1 }""")]
    [InlineData("""{ "region": "CN", "year": 2027, "source": "s", "holidays": [ { "name": "春节", "from": "2027-02-30", "to": "2027-03-01" } ], "makeUpWorkdays": [] }""")]
    [InlineData("""{ "region": "CN", "year": 2027, "source": "s", "holidays": [ { "name": "春节", "from": "2027-02-10", "to": "2027-02-06" } ], "makeUpWorkdays": [] }""")]
    [InlineData("""{ "region": "CN", "year": 2027, "source": "s", "holidays": [ { "name": "春节", "from": "2027-02-06", "to": "2027-02-10" } ], "makeUpWorkdays": [ "2027-02-07" ] }""")]
    [InlineData("""{ "region": null, "year": 2027, "source": "s", "holidays": [], "makeUpWorkdays": [] }""")]
    [InlineData("null")]
    public void Bad_content_names_the_file(string content)
    {
        _temp.Write("CN-2025.json", File.ReadAllText(Path.Combine(TestData.DataDirectory, "calendar", "CN-2025.json")));
        var bad = _temp.Write("CN-2027.json", content);

        var ex = Assert.Throws<InvalidDataException>(() => HolidayTableLoader.LoadDirectory(_temp.Path));

        Assert.Contains(bad, ex.Message);
    }

    [Fact]
    public void A_missing_directory_is_named() =>
        Assert.Contains("nowhere", Assert.Throws<DirectoryNotFoundException>(() => HolidayTableLoader.LoadDirectory(Path.Combine(_temp.Path, "nowhere"))).Message);
}
