using System.Text.Json;
using System.Text.Json.Serialization;

namespace Hotline.Domain.Reference;

/// <summary>
/// The city's reference data (districts, departments, task forces, intake channels), read from
/// the data file so that an administrator changes data, not code.
/// </summary>
public sealed class ReferenceData
{
    private readonly Dictionary<string, District> _districts;
    private readonly Dictionary<string, Department> _departments;

    public ReferenceData(string cityCode, string cityName, string timeZone, IEnumerable<District> districts,
        IEnumerable<Department> departments, IEnumerable<TaskForce> taskForces, IEnumerable<string> channels)
    {
        CityCode = cityCode;
        CityName = cityName;
        TimeZone = timeZone;
        Districts = districts.ToArray();
        Departments = departments.ToArray();
        TaskForces = taskForces.ToArray();
        Channels = channels.ToArray();
        _districts = Districts.ToDictionary(d => d.Code, StringComparer.Ordinal);
        _departments = Departments.ToDictionary(d => d.Code, StringComparer.Ordinal);
    }

    public string CityCode { get; }
    public string CityName { get; }
    public string TimeZone { get; }
    public IReadOnlyList<District> Districts { get; }
    public IReadOnlyList<Department> Departments { get; }
    public IReadOnlyList<TaskForce> TaskForces { get; }
    public IReadOnlyList<string> Channels { get; }

    public District? FindDistrict(string code) => _districts.GetValueOrDefault(code);
    public Department? FindDepartment(string code) => _departments.GetValueOrDefault(code);
    public TaskForce? FindTaskForce(string code) => TaskForces.FirstOrDefault(t => t.Code == code);

    /// <summary>The task force that takes an order of this category on this local day, if any.</summary>
    public TaskForce? TaskForceFor(string category, DateOnly localDay) =>
        TaskForces.FirstOrDefault(t => t.Takes(category, localDay));

    public static ReferenceData LoadDefault(string dataDirectory) => Load(Path.Combine(dataDirectory, "lvliang.json"));

    public static ReferenceData Load(string path)
    {
        using var stream = File.OpenRead(path);
        var file = JsonSerializer.Deserialize<ReferenceFile>(stream, JsonOptions)
            ?? throw new InvalidDataException($"{path} is empty.");
        return new ReferenceData(
            file.City.Code, file.City.Name, file.City.TimeZone,
            file.Districts.Select(d => new District(d.Code, d.Name, d.Lat, d.Lon)),
            file.Departments.Select(d => new Department(d.Code, d.Name, d.Kind, d.Owns ?? [], d.District)),
            file.TaskForces.Select(t => new TaskForce(t.Code, t.Name, t.Categories, t.Policy,
                MonthDay.Parse(t.Season.From), MonthDay.Parse(t.Season.To), t.Members)),
            file.Channels);
    }

    private static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web)
    {
        UnmappedMemberHandling = JsonUnmappedMemberHandling.Skip,
    };

    private sealed record ReferenceFile(CityFile City, List<DistrictFile> Districts, List<DepartmentFile> Departments,
        List<TaskForceFile> TaskForces, List<string> Channels);
    private sealed record CityFile(string Code, string Name, string TimeZone);
    private sealed record DistrictFile(string Code, string Name, double Lat, double Lon);
    private sealed record DepartmentFile(string Code, string Name, string Kind, List<string>? Owns, string? District);
    private sealed record TaskForceFile(string Code, string Name, List<string> Categories, string Policy, SeasonFile Season, List<string> Members);
    private sealed record SeasonFile(string From, string To);
}
