namespace Hotline.Domain.Reference;

/// <summary>
/// A task force (专班): the categories it takes over during its season, its SLA policy name and
/// its member departments. Seasons are month-day ranges and may wrap the new year (11-01 → 03-31).
/// </summary>
public sealed record TaskForce(
    string Code,
    string Name,
    IReadOnlyList<string> Categories,
    string Policy,
    MonthDay SeasonFrom,
    MonthDay SeasonTo,
    IReadOnlyList<string> Members)
{
    public bool InSeason(DateOnly day)
    {
        var d = new MonthDay(day.Month, day.Day);
        return SeasonFrom.CompareTo(SeasonTo) <= 0
            ? d.CompareTo(SeasonFrom) >= 0 && d.CompareTo(SeasonTo) <= 0
            : d.CompareTo(SeasonFrom) >= 0 || d.CompareTo(SeasonTo) <= 0;
    }

    public bool Takes(string category, DateOnly day) => Categories.Contains(category) && InSeason(day);
}
