using System.Text.Json;
using System.Text.Json.Serialization;
using Hotline.Domain.Calendar;

namespace Hotline.Dashboard.Hosting;

/// <summary>Every instant leaves the API in the city's local offset (+08:00), whatever it was stored in.</summary>
public sealed class LocalTimeConverter(WorkingCalendar calendar) : JsonConverter<DateTimeOffset>
{
    public override DateTimeOffset Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options) =>
        reader.GetDateTimeOffset();

    public override void Write(Utf8JsonWriter writer, DateTimeOffset value, JsonSerializerOptions options) =>
        writer.WriteStringValue(calendar.ToLocal(value));
}
