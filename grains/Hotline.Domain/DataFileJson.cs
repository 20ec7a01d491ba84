using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Domain;

/// <summary>
/// How the administrator-edited data files (holiday tables, SLA policies) are read: strictly, so
/// a misspelt key or a missing value is an error naming the file, never a silent default.
/// </summary>
public static class DataFileJson
{
    public static JsonSerializerOptions Strict { get; } = new(JsonSerializerDefaults.Web)
    {
        PropertyNameCaseInsensitive = false,
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Disallow,
        RespectNullableAnnotations = true,
        RespectRequiredConstructorParameters = true,
        AllowTrailingCommas = true,
        ReadCommentHandling = JsonCommentHandling.Skip,
    };
}
