using System.Text.Json;
using Hotline.Domain.Categories;
using Hotline.Domain.Reference;

namespace Hotline.Domain.Reviews;

/// <summary>
/// Data/review-rules.json: the centre's starting rules. Read strictly and validated like a rule added through the
/// API, so a bad rule in the file stops the load with its id named.
/// </summary>
public static class ReviewRuleFile
{
    public const string FileName = "review-rules.json";
    public const string Author = "system";

    public static IReadOnlyList<ReviewRule> Load(string dataDirectory, CategoryTree categories, ReferenceData reference, DateTimeOffset now)
    {
        var path = Path.Combine(dataDirectory, FileName);
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<Shape>(stream, DataFileJson.Strict) ?? throw new FormatException("the file holds null.");
            var validator = new ReviewRuleValidator(categories, reference);
            var rules = new List<ReviewRule>();
            foreach (var entry in file.Rules)
            {
                var draft = new ReviewRuleDraft
                {
                    Name = entry.Name, Description = entry.Description, Match = entry.Match ?? new RuleMatch(),
                    Check = entry.Check, Stages = entry.Stages, Blocking = entry.Blocking,
                };
                var errors = validator.Check(draft);
                if (errors.Count > 0)
                    throw new FormatException($"rule '{entry.Id}': {string.Join("; ", errors.Select(e => $"{e.Key}: {string.Join(" ", e.Value)}"))}");
                rules.Add(ReviewRuleValidator.ToRule(draft, entry.Id, Author, now));
            }
            var repeated = rules.GroupBy(r => r.Id).FirstOrDefault(g => g.Count() > 1);
            if (repeated is not null) throw new FormatException($"rule id '{repeated.Key}' appears twice.");
            return rules;
        }
        catch (Exception ex) when (ex is JsonException or FormatException or IOException)
        {
            throw new InvalidDataException($"Review rule file '{path}' is invalid: {ex.Message}", ex);
        }
    }

    private sealed record Shape(IReadOnlyList<Entry> Rules, string? Note = null);

    private sealed record Entry(string Id, string Name, RuleCheck Check, IReadOnlyList<string> Stages,
        string? Description = null, RuleMatch? Match = null, bool Blocking = false);
}
