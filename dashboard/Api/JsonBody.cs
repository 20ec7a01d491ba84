using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Hotline.Dashboard.Api;

/// <summary>
/// Reads a JSON body and turns every way it can be wrong into a 400 that names the field,
/// instead of the framework's bare 400.
/// </summary>
public static class JsonBody
{
    public static async Task<(T? Value, IResult? Error)> Read<T>(HttpContext context) where T : class
    {
        var options = context.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        try
        {
            var value = await JsonSerializer.DeserializeAsync<T>(context.Request.Body, options, context.RequestAborted);
            return value is null ? (null, Problems.Invalid("body", ApiTexts.BodyMissing)) : (value, null);
        }
        catch (JsonException e) when (e.Path is { Length: > 2 } path)
        {
            var field = path.TrimStart('$', '.');
            return (null, Problems.Invalid(field, ApiTexts.InvalidValue(field)));
        }
        catch (JsonException e)
        {
            return (null, Problems.Invalid("body", ApiTexts.BodyNotJson(e.Message)));
        }
    }
}
