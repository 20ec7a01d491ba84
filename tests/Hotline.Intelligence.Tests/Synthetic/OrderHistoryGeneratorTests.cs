using System.Text.RegularExpressions;
using Hotline.Synthetic;
using static Hotline.Intelligence.Tests.Synthetic.SyntheticData;

namespace Hotline.Intelligence.Tests.Synthetic;

public sealed partial class OrderHistoryGeneratorTests
{
    [Fact]
    public void Same_seed_gives_the_same_orders_and_another_seed_does_not()
    {
        var first = new OrderHistoryGenerator(City, Tree, Rules, 3).Orders(400, From, To).ToArray();
        var again = new OrderHistoryGenerator(City, Tree, Rules, 3).Orders(400, From, To).ToArray();
        var other = new OrderHistoryGenerator(City, Tree, Rules, 4).Orders(400, From, To).ToArray();

        Assert.Equal(first, again);
        Assert.NotEqual(first, other);
    }

    [Fact]
    public void Twenty_thousand_orders_are_fast_in_time_order_and_well_formed()
    {
        Assert.Equal(OrderCount, Orders.Count);
        Assert.True(OrdersTook < TimeSpan.FromSeconds(10), $"took {OrdersTook}");
        Assert.Equal(OrderCount, Orders.Select(o => o.Id).Distinct().Count());
        Assert.All(Orders.Zip(Orders.Skip(1)), pair => Assert.True(pair.First.ReceivedAt <= pair.Second.ReceivedAt));
        Assert.All(Orders, o =>
        {
            Assert.InRange(o.ReceivedAt, From, To);
            Assert.NotNull(City.FindDepartment(o.Department));
            Assert.True(Tree.Find(o.CategoryCode)?.IsLeaf, o.CategoryCode);
            Assert.True(o.RecordedCategoryCode == "" || Tree.Find(o.RecordedCategoryCode) is not null, o.RecordedCategoryCode);
            Assert.Matches(Phone(), o.CallerPhone);
            Assert.Contains(o.CallerType, new[] { "citizen", "enterprise" });
            Assert.Contains(o.Channel, City.Channels);
            Assert.Contains(o.Urgency, new[] { "normal", "urgent", "life-safety" });
            Assert.InRange(o.Content.Length, 40, 200);
            Assert.False(string.IsNullOrWhiteSpace(o.Title));
            var seat = City.FindDistrict(o.DistrictCode)!;
            Assert.InRange(o.Lat, seat.Lat - 0.05, seat.Lat + 0.05);
            Assert.InRange(o.Lon, seat.Lon - 0.05, seat.Lon + 0.05);
            Assert.StartsWith(seat.Name, o.Address);
        });
    }

    [Fact]
    public void Recorded_categories_mix_as_seats_record_them()
    {
        double Share(Func<GeneratedOrder, bool> test) => Orders.Count(test) / (double)Orders.Count;
        bool Within(GeneratedOrder o) => o.RecordedCategoryCode.Length > 0 && o.CategoryCode.StartsWith(o.RecordedCategoryCode, StringComparison.Ordinal);

        Assert.InRange(Share(o => o.RecordedCategoryCode == o.CategoryCode), 0.50, 0.60);
        Assert.InRange(Share(o => Within(o) && o.RecordedCategoryCode.Length is 4 or 6), 0.16, 0.24);
        Assert.InRange(Share(o => Within(o) && o.RecordedCategoryCode.Length == 2), 0.12, 0.18);
        Assert.InRange(Share(o => o.RecordedCategoryCode == ""), 0.03, 0.07);
        Assert.InRange(Share(o => o.RecordedCategoryCode.Length > 0 && !Within(o)), 0.03, 0.09);
    }

    [Fact]
    public void Departments_follow_the_rules_with_a_few_exceptions_the_text_reveals()
    {
        var exceptions = Orders.Where(o => Rules.Decide(o.CategoryCode, o.DistrictCode)!.Department != o.Department).ToArray();

        Assert.InRange(exceptions.Length / (double)Orders.Count, 0.04, 0.10);
        Assert.Contains(exceptions, o => o.Department == "NYNCJ" && Tree.TopicOf(o.CategoryCode) == "地锁" && o.Content.Contains('村'));
        Assert.All(exceptions.Where(o => o.Department == "NYNCJ"), o => Assert.Contains("村", o.Content));
    }

    [Fact]
    public void Heating_dominates_the_season_callers_repeat_and_some_are_enterprises()
    {
        bool Heating(GeneratedOrder o) => Tree.TopicOf(o.CategoryCode) == "供热";
        var winter = Orders.Where(o => o.ReceivedAt.Month is 12 or 1).ToArray();
        var summer = Orders.Where(o => o.ReceivedAt.Month is 6 or 7).ToArray();

        Assert.True(winter.Count(Heating) > 0.15 * winter.Length);
        Assert.True(summer.Count(Heating) < 0.02 * summer.Length);
        Assert.True(winter.Length / 2.0 > summer.Length / 2.0 * 1.3, "the winter is busier");
        Assert.InRange(Orders.Select(o => o.CallerPhone).Distinct().Count() / (double)Orders.Count, 0.80, 0.95);
        Assert.InRange(Orders.Count(o => o.CallerType == "enterprise") / (double)Orders.Count, 0.02, 0.15);
        Assert.Contains(Orders, o => o.Urgency == "life-safety");
        Assert.Equal(City.Districts.Count, Orders.Select(o => o.DistrictCode).Distinct().Count());
    }

    [GeneratedRegex(@"^1[3-9]\d{9}$")]
    private static partial Regex Phone();
}
