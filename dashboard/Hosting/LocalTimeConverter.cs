using System.Globalization;
using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Domain.Calendar;

namespace Hotline.Dashboard.Hosting;

/// <summary>Every instant leaves the API in the city's local offset (+08:00), whatever it was stored in.</summary>
public sealed class LocalTimeConverter(WorkingCalendar calendar) : JsonConverter<DateTimeOffset>
{
    /// <summary>An instant without an offset is ambiguous: refused rather than read in the server's zone.</summary>
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        var text = reader.GetString();
        if (text is null || !InstantText.HasOffset(text) || !DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.None, out var value))
            throw new JsonException("An ISO 8601 instant with an offset is required, e.g. 2026-12-10T18:00:00+08:00.");
        return value;
    }

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(calendar.ToLocal(value));
}
