using Hotline.Domain.Categories;

namespace Hotline.Synthetic;

public sealed partial class OrderHistoryGenerator
{
    private const string PropertyTopic = "物业管理";

    private GeneratedOrder Make(Random r, int index, DateTimeOffset at, List<Caller> callers)
    {
        var season = InSeason(at);
        var repeat = callers.Count > 20 && r.Chance(0.12) ? r.Pick(callers) : null;
        var district = repeat is null ? _reference.Districts[r.Weighted(_districtWeights)] : _reference.FindDistrict(repeat.DistrictCode)!;
        var leaf = repeat is not null && r.Chance(0.4) ? _tree.Find(repeat.LeafCode)! : DrawLeaf(r, season);
        var topic = leaf.Topic;
        var enterprise = repeat is not null ? repeat.Enterprise : r.Chance(EnterpriseShare(topic)) ? PlaceNames.Enterprise(r) : null;

        var ruled = _rules.Decide(leaf.Code, district.Code)?.Department ?? "HOTLINE";
        var exception = OrderException.All.FirstOrDefault(e => e.Topic == topic
            && _tree.PathTo(leaf.Code).Any(n => n.Name == e.Within) && e.Department != ruled);
        if (exception is not null && !r.Chance(exception.Probability)) exception = null;

        var placeKind = exception?.Place ?? OrderPlace.KindFor(_tree, leaf);
        var samePlace = repeat is not null && OrderPlace.KindFor(_tree, _tree.Find(repeat.LeafCode)!) == placeKind && exception is null;
        var place = samePlace ? repeat!.Place : OrderPlace.Make(placeKind, district.Name, r);
        var (lat, lon) = samePlace ? (repeat!.Lat, repeat.Lon) : Near(r, district.Lat, district.Lon);

        var phrases = exception?.Phrases ?? LeafPhrases.For(leaf.Name);
        var first = r.Pick(phrases);
        var matter = phrases.Count > 1 && r.Chance(0.3) ? first + "，" + phrases.First(p => p != first) : first;
        string? misfiled = null;
        // A heating fault the caller first took to the property company: seats often file it under 物业管理.
        if (topic == "供热" && season && ruled.StartsWith("RL-", StringComparison.Ordinal) && r.Chance(0.12))
        {
            matter = "找了物业，物业说暖气归热力公司管，" + matter;
            misfiled = Coarse(r, r.Pick(_leavesByTopic.GetValueOrDefault(PropertyTopic) ?? [leaf]));
        }

        var phone = repeat?.Phone ?? Caller.NewPhone(r);
        var type = enterprise is null ? "citizen" : "enterprise";
        Remember(r, callers, new Caller(phone, type, district.Code, place, lat, lon, enterprise, leaf.Code));
        return new GeneratedOrder(
            $"GD{at:yyyyMMdd}{index + 1:D6}", at, _reference.Channels[r.Weighted(_channelWeights)], phone, type,
            district.Code, place.Address, lat, lon, leaf.Code, misfiled ?? Recorded(r, leaf),
            OrderText.Title(place.Short, first), OrderText.Content(r, matter, IsCold(leaf), place.Address, enterprise),
            OrderText.UrgencyOf(_tree, leaf, r), exception?.Department ?? ruled);
    }

    private CategoryNode DrawLeaf(Random r, bool season)
    {
        var topic = _topics[r.Weighted(season ? _topicWeightsInSeason : _topicWeightsOutOfSeason)];
        return r.Pick(_leavesByTopic[topic.Name]);
    }

    /// <summary>What the seat recorded: ~55 % the leaf, ~20 % level 2 or 3, ~15 % level 1, ~5 % nothing, ~5 % a wrong topic.</summary>
    private string Recorded(Random r, CategoryNode leaf)
    {
        var roll = r.NextDouble();
        if (roll < 0.55) return leaf.Code;
        if (roll < 0.75) return r.Chance(0.5) ? leaf.Code[..4] : leaf.Code[..6];
        if (roll < 0.90) return leaf.Code[..2];
        if (roll < 0.95) return "";
        var siblings = _topics.Where(t => t.Name != leaf.Topic && t.ParentCode == leaf.Code[..2]).ToArray();
        var wrong = r.Pick(siblings.Length > 0 ? siblings : _topics.Where(t => t.Name != leaf.Topic).ToArray());
        return r.Chance(0.5) ? wrong.Code : r.Pick(_leavesByTopic[wrong.Name]).Code;
    }

    /// <summary>Matters about a cold home, where a caller mentions the temperature or the children.</summary>
    private bool IsCold(CategoryNode leaf) => _tree.PathTo(leaf.Code).Any(n => n.Name is "供热质量" or "设施维修" or "企业履责") && leaf.Topic is "供热" or "供热监管";

    private static string Coarse(Random r, CategoryNode leaf) => r.Chance(0.5) ? leaf.Code[..4] : leaf.Code;

    private static double EnterpriseShare(string topic) => topic switch
    {
        "营商环境" => 0.8, "市场监管" => 0.15, "劳动保障" => 0.1, "生态环境" => 0.1, _ => 0.03,
    };

    private static (double Lat, double Lon) Near(Random r, double lat, double lon) =>
        (Math.Round(lat + (r.NextDouble() - 0.5) * 0.098, 5), Math.Round(lon + (r.NextDouble() - 0.5) * 0.098, 5));

    private static void Remember(Random r, List<Caller> callers, Caller caller)
    {
        if (callers.Count < CallerPoolSize) callers.Add(caller);
        else callers[r.Next(callers.Count)] = caller;
    }
}
