namespace Hotline.Domain.Figures;

/// <summary>
/// The department ranking of the leader's page and the monthly report: by 满意率, then 按时办结率, then
/// more dispatches; a department without a rate (nothing to divide by) ranks after those with one.
/// </summary>
public static class Rankings
{
    public static IReadOnlyList<FigureRow> Departments(IEnumerable<FigureRow> rows) =>
        rows
            .OrderBy(r => r.Counters.Rates().SatisfactionRate is null ? 1 : 0)
            .ThenByDescending(r => r.Counters.Rates().SatisfactionRate ?? 0)
            .ThenBy(r => r.Counters.Rates().OnTimeCompletion is null ? 1 : 0)
            .ThenByDescending(r => r.Counters.Rates().OnTimeCompletion ?? 0)
            .ThenByDescending(r => r.Counters.Dispatched)
            .ThenBy(r => r.Key, StringComparer.Ordinal)
            .ToArray();
}
