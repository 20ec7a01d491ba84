using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Domain.Calendar;

/// <summary>Reads holiday tables (Data/calendar/*.json) with errors that name the bad file.</summary>
public static class HolidayTableLoader
{
    private static readonly JsonSerializerOptions JsonOptions = DataFileJson.Strict;

    /// <summary>Loads every <c>*.json</c> file of <paramref name="directory"/>, in file-name order.</summary>
    public static IReadOnlyList<HolidayTable> LoadDirectory(string directory)
    {
        if (!Directory.Exists(directory))
            throw new DirectoryNotFoundException($"Calendar directory '{directory}' does not exist.");
        return Directory.GetFiles(directory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(LoadFile)
            .ToArray();
    }

    /// <summary>Loads one holiday table file.</summary>
    public static HolidayTable LoadFile(string path)
    {
        HolidayTable? table;
        try
        {
            using var stream = File.OpenRead(path);
            table = JsonSerializer.Deserialize<HolidayTable>(stream, JsonOptions);
        }
        catch (JsonException ex)
        {
            throw Invalid(path, ex.Message, ex);
        }
        if (table is null) throw Invalid(path, "the file holds null.");
        Validate(path, table);
        return table;
    }

    private static void Validate(string path, HolidayTable table)
    {
        if (string.IsNullOrWhiteSpace(table.Region)) throw Invalid(path, "region is empty.");
        if (table.Year is < 1900 or > 2999) throw Invalid(path, $"year {table.Year} is out of range.");
        var holidayDates = new HashSet<DateOnly>();
        foreach (var holiday in table.Holidays)
        {
            if (string.IsNullOrWhiteSpace(holiday.Name)) throw Invalid(path, "a holiday has no name.");
            if (holiday.To < holiday.From)
                throw Invalid(path, $"holiday '{holiday.Name}' ends ({holiday.To:yyyy-MM-dd}) before it starts ({holiday.From:yyyy-MM-dd}).");
            for (var day = holiday.From; day <= holiday.To; day = day.AddDays(1))
                if (!holidayDates.Add(day)) throw Invalid(path, $"{day:yyyy-MM-dd} is listed in two holidays.");
        }
        foreach (var day in table.MakeUpWorkdays)
            if (holidayDates.Contains(day)) throw Invalid(path, $"{day:yyyy-MM-dd} is both a holiday and a make-up workday.");
    }

    private static InvalidDataException Invalid(string path, string reason, Exception? inner = null) =>
        new($"Holiday table '{path}' is invalid: {reason}", inner);
}
