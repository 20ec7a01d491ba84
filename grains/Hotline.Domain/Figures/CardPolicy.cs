using System.Text.Json;

namespace Hotline.Domain.Figures;

/// <summary>
/// Red and yellow cards (红黄牌) from configurable thresholds (Data/cards.json). A department is judged
/// only with at least <see cref="MinimumDispatched"/> dispatches in the month; a rate that is null
/// (nothing to divide by) never earns a card. Red wins over yellow; the card lists every rule it broke.
/// </summary>
public sealed class CardPolicy
{
    public CardPolicy(int minimumDispatched, IReadOnlyList<CardRule> rules)
    {
        ArgumentNullException.ThrowIfNull(rules);
        foreach (var rule in rules)
        {
            if (rule.Card is not (CardColours.Red or CardColours.Yellow))
                throw new ArgumentException($"Card must be red or yellow, not '{rule.Card}'.", nameof(rules));
            if (!FigureRates.Codes.Contains(rule.Rate))
                throw new ArgumentException($"Unknown rate '{rule.Rate}'; allowed: {string.Join(", ", FigureRates.Codes)}.", nameof(rules));
            if ((rule.Below is null) == (rule.Above is null))
                throw new ArgumentException($"Rule for '{rule.Rate}' needs exactly one of below / above.", nameof(rules));
        }
        MinimumDispatched = minimumDispatched;
        Rules = rules;
    }

    public int MinimumDispatched { get; }

    public IReadOnlyList<CardRule> Rules { get; }

    public static CardPolicy LoadDefault(string dataDirectory) => Load(Path.Combine(dataDirectory, "cards.json"));

    public static CardPolicy Load(string path)
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<CardPolicyFile>(stream, DataFileJson.Strict)
                ?? throw new FormatException("the file holds null.");
            return new CardPolicy(file.MinimumDispatched, file.Rules);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException)
        {
            throw new InvalidDataException($"Card policy file '{path}' is invalid: {ex.Message}", ex);
        }
    }

    /// <summary>The department's card, or null when it has none (or too few dispatches to judge).</summary>
    public Card? Judge(string department, FigureCounters counters)
    {
        ArgumentNullException.ThrowIfNull(counters);
        if (counters.Dispatched < MinimumDispatched) return null;
        var rates = counters.Rates();
        var broken = Rules
            .Select(rule => (Rule: rule, Rate: rates.ByCode(rule.Rate)))
            .Where(x => x.Rate is { } value && x.Rule.IsBreachedBy(value))
            .ToArray();
        if (broken.Length == 0) return null;
        var colour = broken.Any(x => x.Rule.Card == CardColours.Red) ? CardColours.Red : CardColours.Yellow;
        // One reason per rate: the strictest line it crossed (red before yellow).
        var reasons = broken
            .OrderBy(x => x.Rule.Card == CardColours.Red ? 0 : 1)
            .DistinctBy(x => x.Rule.Rate)
            .OrderBy(x => FigureRates.Codes.ToList().IndexOf(x.Rule.Rate))
            .Select(x => FigureTexts.CardReason(x.Rule, x.Rate!.Value))
            .ToArray();
        return new Card(department, colour, counters.Dispatched, reasons);
    }

    /// <summary>Every department's card, red first, then by the number of reasons.</summary>
    public IReadOnlyList<Card> JudgeAll(IEnumerable<KeyValuePair<string, FigureCounters>> departments) =>
        departments
            .Select(d => Judge(d.Key, d.Value))
            .OfType<Card>()
            .OrderBy(c => c.Colour == CardColours.Red ? 0 : 1)
            .ThenByDescending(c => c.Reasons.Count)
            .ThenBy(c => c.Department, StringComparer.Ordinal)
            .ToArray();
}
