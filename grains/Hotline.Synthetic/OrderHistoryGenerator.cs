using Hotline.Domain.Categories;
using Hotline.Domain.Reference;

namespace Hotline.Synthetic;

/// <summary>
/// Generates a realistic order history: the true department follows the responsibility list on
/// the true leaf and district, with a few exceptions the text reveals; the recorded category is
/// often coarser, empty or wrong, as seats record it. Deterministic for a seed.
/// </summary>
public sealed partial class OrderHistoryGenerator
{
    private const int OrderSalt = 0x4F52;
    private const int CallerPoolSize = 5000;
    private static readonly TimeSpan China = TimeSpan.FromHours(8);

    private readonly ReferenceData _reference;
    private readonly CategoryTree _tree;
    private readonly ResponsibilityList _rules;
    private readonly int _seed;
    private readonly CategoryNode[] _topics;
    private readonly Dictionary<string, CategoryNode[]> _leavesByTopic;
    private readonly double[] _districtWeights;
    private readonly double[] _topicWeightsInSeason;
    private readonly double[] _topicWeightsOutOfSeason;
    private readonly double[] _channelWeights;
    private readonly TaskForce? _heating;

    public OrderHistoryGenerator(ReferenceData reference, CategoryTree tree, ResponsibilityList rules, int seed)
    {
        _reference = reference ?? throw new ArgumentNullException(nameof(reference));
        _tree = tree ?? throw new ArgumentNullException(nameof(tree));
        _rules = rules ?? throw new ArgumentNullException(nameof(rules));
        _seed = seed;
        _leavesByTopic = tree.Leaves.GroupBy(l => l.Topic).ToDictionary(g => g.Key, g => g.ToArray(), StringComparer.Ordinal);
        _topics = tree.All.Where(n => n.Level == 2 && _leavesByTopic.ContainsKey(n.Name)).ToArray();
        _districtWeights = DistrictWeights.For(reference.Districts);
        _topicWeightsInSeason = _topics.Select(t => TopicWeights.For(t.Name, heatingSeason: true)).ToArray();
        _topicWeightsOutOfSeason = _topics.Select(t => TopicWeights.For(t.Name, heatingSeason: false)).ToArray();
        _channelWeights = reference.Channels.Select(ChannelWeight).ToArray();
        _heating = reference.TaskForces.FirstOrDefault(t => t.Categories.Contains("供热"));
    }

    /// <summary>Streams <paramref name="count"/> orders received between the two instants, in time order.</summary>
    public IEnumerable<GeneratedOrder> Orders(int count, DateTimeOffset from, DateTimeOffset to)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        if (to <= from) throw new ArgumentException("'to' must be after 'from'.", nameof(to));
        return Stream(count, from, to);
    }

    private IEnumerable<GeneratedOrder> Stream(int count, DateTimeOffset from, DateTimeOffset to)
    {
        var random = Seeds.Stream(_seed, OrderSalt);
        var times = SampleTimes(random, count, from, to);
        var callers = new List<Caller>();
        for (var i = 0; i < times.Length; i++)
            yield return Make(random, i, times[i], callers);
    }

    private bool InSeason(DateTimeOffset local)
    {
        var day = DateOnly.FromDateTime(local.DateTime);
        return _heating?.InSeason(day) ?? local.Month is >= 11 or <= 3;
    }

    private DateTimeOffset[] SampleTimes(Random random, int count, DateTimeOffset from, DateTimeOffset to)
    {
        var span = (to - from).Ticks;
        var times = new DateTimeOffset[count];
        for (var i = 0; i < count;)
        {
            var at = from.AddTicks((long)(random.NextDouble() * span)).ToOffset(China);
            // Calls follow the day (few at night) and the winter is busier than the rest of the year.
            var accept = HourWeights[at.Hour] * (InSeason(at) ? 1.0 : 0.6);
            if (random.NextDouble() < accept) times[i++] = at;
        }
        Array.Sort(times);
        return times;
    }

    private static readonly double[] HourWeights =
        [0.08, 0.05, 0.04, 0.04, 0.05, 0.08, 0.25, 0.55, 0.95, 1, 1, 0.9, 0.7, 0.75, 0.9, 0.9, 0.85, 0.8, 0.75, 0.85, 0.8, 0.6, 0.35, 0.15];

    private static double ChannelWeight(string channel) => channel switch
    {
        "热线电话" => 62, "微信公众号" => 10, "一体化政务服务平台" => 6, "手机App" => 6, "网站留言" => 4, "市长信箱" => 3,
        _ => 1.5,
    };
}
