using System.Text.Json;

namespace Hotline.Domain.Categories;

/// <summary>Reads a data file strictly; any fault becomes an <see cref="InvalidDataException"/> naming the file.</summary>
internal static class DataFileReader
{
    public static TResult Read<TFile, TResult>(string path, string what, Func<TFile, TResult> build)
        where TFile : class
    {
        try
        {
            using var stream = File.OpenRead(path);
            var file = JsonSerializer.Deserialize<TFile>(stream, DataFileJson.Strict)
                ?? throw new FormatException("the file holds null.");
            return build(file);
        }
        catch (Exception ex) when (ex is JsonException or FormatException or ArgumentException or IOException)
        {
            throw new InvalidDataException($"{what} file '{path}' is invalid: {ex.Message}", ex);
        }
    }
}
