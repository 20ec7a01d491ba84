using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Domain.Reviews;

namespace Hotline.Grains.Reviews;

/// <summary>How a rule is stored in its row: the whole rule as JSON, enums by name, so rows stay readable in a table browser.</summary>
internal static class ReviewRuleJson
{
    private static readonly JsonSerializerOptions Options = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter() },
    };

    public static string Write(ReviewRule rule) => JsonSerializer.Serialize(rule, Options);

    public static ReviewRule Read(string json) =>
        JsonSerializer.Deserialize<ReviewRule>(json, Options) ?? throw new InvalidDataException("a review rule row holds null.");
}
