using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Domain.Clocks;

/// <summary>Reads and writes a <see cref="ThresholdSchedule"/> as the object a <c>Dictionary&lt;int, DateTimeOffset&gt;</c> was stored as.</summary>
public sealed class ThresholdScheduleJsonConverter : JsonConverter<ThresholdSchedule>
{
    public override ThresholdSchedule Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
            throw new JsonException("A threshold schedule is an object of percent → instant.");
        var entries = new List<KeyValuePair<int, DateTimeOffset>>(4);
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            if (!int.TryParse(name, NumberStyles.Integer, CultureInfo.InvariantCulture, out var percent))
                throw new JsonException($"A threshold schedule's key must be a percent, not \"{name}\".");
            reader.Read();
            entries.Add(KeyValuePair.Create(percent, JsonSerializer.Deserialize<DateTimeOffset>(ref reader, options)));
        }
        try
        {
            return new ThresholdSchedule(entries);
        }
        catch (ArgumentException e)
        {
            throw new JsonException(e.Message, e);
        }
    }

    public override void Write(Utf8JsonWriter writer, ThresholdSchedule value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        foreach (var (percent, instant) in value.Entries)
        {
            writer.WritePropertyName(percent.ToString(CultureInfo.InvariantCulture));
            JsonSerializer.Serialize(writer, instant, options);
        }
        writer.WriteEndObject();
    }
}
