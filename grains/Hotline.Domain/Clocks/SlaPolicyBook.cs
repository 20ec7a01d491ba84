using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Domain.Callbacks;

namespace Hotline.Domain.Clocks;

/// <summary>
/// The SLA policies as data (Data/sla-policies.json): thresholds, the same-day rule and the
/// ordered rules that choose each order's clocks. Policies change without a deploy of code.
/// </summary>
public sealed class SlaPolicyBook
{
    private static readonly JsonSerializerOptions JsonOptions = DataFileJson.Strict;

    // The file spells enum values in kebab case ("life-safety", "department-head") and clock keys
    // in camel case ("returnWindow"), like the rest of the JSON.
    private static readonly Dictionary<string, Urgency> Urgencies = Names<Urgency>(JsonNamingPolicy.KebabCaseLower);
    private static readonly Dictionary<string, ClockSignal> Signals = Names<ClockSignal>(JsonNamingPolicy.KebabCaseLower);
    private static readonly Dictionary<string, EscalationLevel> Levels = Names<EscalationLevel>(JsonNamingPolicy.KebabCaseLower);
    private static readonly Dictionary<string, ClockName> ClockKeys = Names<ClockName>(JsonNamingPolicy.CamelCase);

    public SlaPolicyBook(ClockThresholds thresholds, SameDayRule sameDay, IReadOnlyList<SlaRule> rules, CallbackPolicy? callback = null)
    {
        Callback = callback ?? CallbackPolicy.Default;
        Thresholds = thresholds ?? throw new ArgumentNullException(nameof(thresholds));
        SameDay = sameDay ?? throw new ArgumentNullException(nameof(sameDay));
        Rules = rules ?? throw new ArgumentNullException(nameof(rules));
    }

    public ClockThresholds Thresholds { get; }

    public SameDayRule SameDay { get; }

    /// <summary>回访 windows and retries; the built-in default when the file has no "callback" section.</summary>
    public CallbackPolicy Callback { get; }

    /// <summary>In file order; later matching rules override earlier ones.</summary>
    public IReadOnlyList<SlaRule> Rules { get; }

    /// <summary>Reads <c>&lt;dataDirectory&gt;/sla-policies.json</c>.</summary>
    public static SlaPolicyBook LoadDefault(string dataDirectory) => Load(Path.Combine(dataDirectory, "sla-policies.json"));

    /// <summary>Reads a policy file; bad content throws <see cref="InvalidDataException"/> naming the file and the fault.</summary>
    public static SlaPolicyBook Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<SlaPolicyFile>(stream, JsonOptions)
                ?? throw new FormatException("the file holds null.");
            return FromFile(file);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"SLA policy file '{path}' is invalid: {ex.Message}", ex);
        }
    }

    /// <summary>Applies every matching rule in order: named spans override, null spans remove.</summary>
    public ResolvedPolicy Resolve(OrderProfile order)
    {
        ArgumentNullException.ThrowIfNull(order);
        var spans = new Dictionary<ClockName, ClockSpan>();
        var applied = new List<string>();
        foreach (var rule in Rules)
        {
            if (!rule.Match.Matches(order)) continue;
            applied.Add(rule.Name);
            foreach (var (clock, span) in rule.Clocks)
                if (span is null) spans.Remove(clock);
                else spans[clock] = span;
        }
        return new ResolvedPolicy(spans, applied);
    }

    private static SlaPolicyBook FromFile(SlaPolicyFile file)
    {
        var thresholds = new ClockThresholds(file.Thresholds.Select(t => new ClockThreshold(
            t.Percent is > 0 ? t.Percent : throw new FormatException($"threshold percent {t.Percent} must be positive."),
            Lookup(Signals, t.Signal, "signal"),
            Lookup(Levels, t.Notify, "notify"))));
        var sameDay = new SameDayRule
        {
            CutOff = Time(file.SameDay.CutOff, "sameDay.cutOff"),
            LateDue = Time(file.SameDay.LateDue, "sameDay.lateDue"),
        };
        if (file.Rules.Count == 0) throw new FormatException("there are no rules.");
        return new SlaPolicyBook(thresholds, sameDay, file.Rules.Select(ToRule).ToArray(), ToCallback(file.Callback));
    }

    private static CallbackPolicy? ToCallback(SlaPolicyFile.CallbackEntry? entry)
    {
        if (entry is null) return null;
        var retry = ClockSpan.Parse(entry.RetryAfter);
        var retryAfter = retry.Unit switch
        {
            ClockSpanUnit.Minutes => TimeSpan.FromMinutes(retry.Amount),
            ClockSpanUnit.Hours => TimeSpan.FromHours(retry.Amount),
            ClockSpanUnit.Days => TimeSpan.FromDays(retry.Amount),
            _ => throw new FormatException($"callback.retryAfter '{entry.RetryAfter}' must be minutes, hours or days (e.g. \"2h\")."),
        };
        if (entry.MaxAttempts < 1) throw new FormatException($"callback.maxAttempts {entry.MaxAttempts} must be at least 1.");
        return new CallbackPolicy(CallbackWindows.Parse(entry.Windows), retryAfter, entry.MaxAttempts);
    }

    private static SlaRule ToRule(SlaPolicyFile.RuleEntry entry, int index)
    {
        var where = string.IsNullOrWhiteSpace(entry.Name)
            ? throw new FormatException($"rule #{index + 1} has no name.")
            : $"rule '{entry.Name}'";
        var match = entry.Match is not { } m ? SlaMatch.All : new SlaMatch(
            m.Categories is { Count: 0 } ? throw new FormatException($"{where}: empty categories match nothing; omit the key to match all.") : m.Categories,
            m.Urgency is null ? null : Lookup(Urgencies, m.Urgency, $"{where}: urgency"),
            m.TaskForce);
        var clocks = new Dictionary<ClockName, ClockSpan?>();
        foreach (var (key, text) in entry.Clocks)
        {
            var clock = Lookup(ClockKeys, key, $"{where}: clock");
            try
            {
                clocks[clock] = text is null ? null : ClockSpan.Parse(text);
            }
            catch (FormatException ex)
            {
                throw new FormatException($"{where}, clock '{key}': {ex.Message}", ex);
            }
        }
        return new SlaRule(entry.Name, match, clocks);
    }

    private static TimeOnly Time(string text, string what) =>
        TimeOnly.TryParseExact(text, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var time)
            ? time
            : throw new FormatException($"{what} '{text}' is not a time of day (HH:mm).");

    private static T Lookup<T>(Dictionary<string, T> names, string text, string what) =>
        names.TryGetValue(text, out var value)
            ? value
            : throw new FormatException($"{what} '{text}' is unknown; expected one of: {string.Join(", ", names.Keys)}.");

    private static Dictionary<string, T> Names<T>(JsonNamingPolicy policy) where T : struct, Enum =>
        Enum.GetValues<T>().ToDictionary(v => policy.ConvertName(v.ToString()), StringComparer.Ordinal);
}
