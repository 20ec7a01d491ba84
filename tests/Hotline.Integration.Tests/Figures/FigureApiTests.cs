using System.Net;
using System.Text;
using System.Text.Json;
using Hotline.Integration.Tests.Infrastructure;
using static Hotline.Integration.Tests.Api.ProblemAssert;

namespace Hotline.Integration.Tests.Figures;

/// <summary>
/// The figure and report endpoints through the real dashboard: who sees what (a department its own row only),
/// the JSON shapes, the CSV download, and bad input as 400s naming the field.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class FigureApiTests(ApiFixture fixture)
{
    private async Task<(string Month, JsonElement Body)> Get(string user, string url, HttpStatusCode expected = HttpStatusCode.OK)
    {
        var response = await fixture.As(user).GetAsync(url);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(response.StatusCode == expected, $"{user} GET {url}: expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        var body = JsonDocument.Parse(text).RootElement.Clone();
        return (body.TryGetProperty("month", out var m) ? m.GetString()! : "", body);
    }

    /// <summary>A closed RL-LS order (co-handler ZJJ), and the month it was counted in once the shards have it.</summary>
    private async Task<string> ClosedOrderCounted()
    {
        var id = await new OrderApi(fixture).OrderIn(OrderApi.States.Closed);
        var order = await new OrderApi(fixture).Get(id);
        var month = order.GetProperty("receivedAt").GetDateTimeOffset().ToOffset(TimeSpan.FromHours(8)).ToString("yyyy-MM");
        await Eventually.True(async () =>
        {
            var (_, body) = await Get(Logins.Leader, $"/api/figures?month={month}&by=department");
            return body.GetProperty("rows").EnumerateArray().Any(r => r.GetProperty("key").GetString() == "RL-LS"
                && r.GetProperty("counters").GetProperty("closed").GetInt32() > 0);
        }, "the closed order reaches the figures");
        return month;
    }

    [Fact]
    public async Task A_leader_sees_every_dimension_and_a_department_only_its_own_row()
    {
        var month = await ClosedOrderCounted();
        var (_, departments) = await Get(Logins.Leader, $"/api/figures?month={month}&by=department");
        var rlls = departments.GetProperty("rows").EnumerateArray().Single(r => r.GetProperty("key").GetString() == "RL-LS");
        Assert.Equal("离石区集中供热公司", rlls.GetProperty("name").GetString());
        Assert.True(rlls.GetProperty("counters").GetProperty("dispatched").GetInt32() > 0);
        Assert.Equal(JsonValueKind.Number, rlls.GetProperty("rates").GetProperty("responseRate").ValueKind);
        Assert.Contains(departments.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == "ZJJ");

        var (_, city) = await Get(Logins.Reviewer, $"/api/figures?month={month}&by=city");
        Assert.Equal("city", city.GetProperty("rows")[0].GetProperty("key").GetString());
        Assert.True(city.GetProperty("rows")[0].GetProperty("counters").GetProperty("received").GetInt32() > 0);
        var (_, districts) = await Get(Logins.Dispatcher, $"/api/figures?month={month}&by=district");
        Assert.Contains(districts.GetProperty("rows").EnumerateArray(), r => r.GetProperty("name").GetString() == "离石区");
        var (_, categories) = await Get(Logins.Admin, $"/api/figures?month={month}&by=category");
        Assert.Contains(categories.GetProperty("rows").EnumerateArray(), r => r.GetProperty("key").GetString() == "供热");

        var (_, own) = await Get(Logins.RlLs, $"/api/figures?month={month}&by=department");
        Assert.Equal(["RL-LS"], own.GetProperty("rows").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        await Get(Logins.RlLs, $"/api/figures?month={month}&by=city", HttpStatusCode.Forbidden);
        await Get(Logins.Seat1, $"/api/figures?month={month}", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task Cards_and_hot_spots_are_for_the_centre()
    {
        var month = await ClosedOrderCounted();
        var (_, cards) = await Get(Logins.Leader, $"/api/figures/cards?month={month}");
        Assert.Equal(10, cards.GetProperty("minimumDispatched").GetInt32());
        Assert.Equal(JsonValueKind.Array, cards.GetProperty("cards").ValueKind);
        var (_, spots) = await Get(Logins.Leader, $"/api/figures/hotspots?month={month}");
        Assert.Contains(spots.GetProperty("hotSpots").EnumerateArray(),
            s => s.GetProperty("districtName").GetString() == "离石区" && s.GetProperty("category").GetString() == "供热" && s.GetProperty("received").GetInt32() > 0);
        await Get(Logins.RlLs, $"/api/figures/cards?month={month}", HttpStatusCode.Forbidden);
        await Get(Logins.RlLs, $"/api/figures/hotspots?month={month}", HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task The_monthly_report_comes_as_json_and_as_a_csv_download()
    {
        var month = await ClosedOrderCounted();
        var (_, report) = await Get(Logins.Leader, $"/api/reports/monthly?month={month}");
        Assert.True(report.GetProperty("city").GetProperty("counters").GetProperty("closed").GetInt32() > 0);
        Assert.Contains(report.GetProperty("departments").EnumerateArray(), r => r.GetProperty("key").GetString() == "RL-LS");
        Assert.True(report.GetProperty("hotSpots").GetArrayLength() is > 0 and <= 10);
        Assert.Equal(JsonValueKind.String, report.GetProperty("generatedAt").ValueKind);

        var response = await fixture.As(Logins.Leader).GetAsync($"/api/reports/monthly?month={month}&department=RL-LS&format=csv");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal($"12345-月报-{month}-RL-LS.csv", response.Content.Headers.ContentDisposition?.FileNameStar);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(Encoding.UTF8.GetPreamble(), bytes[..3]);
        var lines = Encoding.UTF8.GetString(bytes[3..]).Split("\r\n");
        Assert.StartsWith("单位,派单数", lines[1]);
        Assert.StartsWith("离石区集中供热公司,", lines[2]);
        Assert.StartsWith("全市合计,", lines[3]);

        // A department gets its own report, and no other.
        var (_, own) = await Get(Logins.RlLs, $"/api/reports/monthly?month={month}");
        Assert.Equal("RL-LS", own.GetProperty("department").GetString());
        Assert.Equal(["RL-LS"], own.GetProperty("departments").EnumerateArray().Select(r => r.GetProperty("key").GetString()));
        await Get(Logins.RlLs, $"/api/reports/monthly?month={month}&department=ZJJ", HttpStatusCode.Forbidden);
    }

    [Theory]
    [InlineData("/api/figures?month=2026-13", "month")]
    [InlineData("/api/figures?month=202611", "month")]
    [InlineData("/api/figures?month=2026-11&by=company", "by")]
    [InlineData("/api/figures?month=nov&by=company", "month,by")]
    [InlineData("/api/figures/cards?month=2026-1", "month")]
    [InlineData("/api/figures/hotspots?month=1999-12", "month")]
    [InlineData("/api/reports/monthly?month=2026-11&department=NOPE", "department")]
    [InlineData("/api/reports/monthly?month=2026-11&format=xlsx", "format")]
    [InlineData("/api/reports/monthly?month=x&department=NOPE&format=pdf", "month,department,format")]
    public async Task Bad_input_is_a_400_naming_the_field(string url, string fields)
    {
        var response = await fixture.As(Logins.Leader).GetAsync(url);
        var problem = await ProblemOf(response, HttpStatusCode.BadRequest, url);
        AssertNamesFields(problem, fields.Split(','));
    }
}
