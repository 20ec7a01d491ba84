using System.Text;
using Hotline.Domain.Figures;
using static Hotline.Domain.Tests.Figures.FigureEvents;

namespace Hotline.Domain.Tests.Figures;

public sealed class ReportingTests
{
    [Fact]
    public void Hot_spots_are_district_by_category_busiest_first()
    {
        var book = new FigureBook();
        book.Apply(Event("A", 1, "received", "received", district: "141102", category: "供热"), Shanghai);
        book.Apply(Event("B", 1, "received", "received", district: "141102", category: "供热"), Shanghai);
        book.Apply(Event("C", 1, "received", "received", district: "141181", category: "供水"), Shanghai);
        book.Apply(Event("C", 2, "clock-breach", district: "141181", category: "供水", lead: "SW"), Shanghai);
        var spots = HotSpot.Of(book.MonthOf("2026-11"));
        Assert.Equal([new HotSpot("141102", "供热", 2, 0), new HotSpot("141181", "供水", 1, 1)], spots);
    }

    [Fact]
    public void Ranking_is_by_satisfaction_then_on_time_completion_without_rates_last()
    {
        FigureRow Row(string key, int reached, int satisfied, int replied, int onTime) =>
            new(FigureDimensions.Department, key, new FigureCounters { CallbacksReached = reached, Satisfied = satisfied, Replied = replied, RepliedOnTime = onTime });
        var ranked = Rankings.Departments(
        [
            Row("none", 0, 0, 5, 5),
            Row("b", 10, 9, 10, 10),
            Row("a", 10, 10, 10, 8),
            Row("c", 10, 9, 10, 9),
        ]);
        Assert.Equal(["a", "b", "c", "none"], ranked.Select(r => r.Key));
    }

    [Fact]
    public void The_csv_is_utf8_with_bom_chinese_headers_departments_city_and_typical_cases()
    {
        var department = new FigureCounters { Dispatched = 4, Accepted = 3, CallbacksReached = 2, Satisfied = 1, BasicallySatisfied = 1 };
        var city = department.Copy();
        city.TypicalCases["push-back"] = 2;
        var bytes = MonthlyReportCsv.Write("2026-11", [("离石区集中供热公司", department, CardColours.Yellow)], city, city.TypicalCases);

        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.Equal("12345热线 月度考核报告 2026-11", lines[0]);
        Assert.StartsWith("单位,派单数,签收数", lines[1]);
        Assert.Equal(MonthlyReportCsv.Headers.Count, lines[2].Split(',').Length);
        Assert.StartsWith("离石区集中供热公司,4,3,", lines[2]);
        Assert.Contains("75.0%", lines[2]);
        Assert.EndsWith(",黄牌", lines[2]);
        Assert.StartsWith("全市合计,4,", lines[3]);
        Assert.Contains("—", lines[3]);
        Assert.Equal("", lines[4]);
        Assert.Equal("典型案例,数量", lines[5]);
        Assert.Equal("推诿扯皮,2", lines[6]);
    }

    [Theory]
    [InlineData("a,b", "\"a,b\"")]
    [InlineData("say \"hi\"", "\"say \"\"hi\"\"\"")]
    [InlineData("=SUM(A1)", "'=SUM(A1)")]
    [InlineData("-5", "-5")]
    public void Csv_cells_are_escaped(string cell, string expected) =>
        Assert.Equal(expected, MonthlyReportCsv.Escape(cell));
}
