using Hotline.Contracts.Figures;
using Hotline.Contracts.Streams;
using Hotline.Domain.Figures;
using Hotline.Domain.Reference;
using Orleans.Concurrency;

namespace Hotline.Grains.Figures;

/// <summary>
/// The month's figures for the leader's page and the monthly report: asks the 8 shards, merges their
/// counters, then ranks departments and judges cards (CardPolicy) and hot spots. Stateless: any silo
/// answers, and a busy month page never queues behind one activation.
/// </summary>
[StatelessWorker]
public sealed class FiguresGrain(ReferenceData reference, CardPolicy cards) : Grain, IFiguresGrain
{
    public async Task<MonthFigures> Month(string month)
    {
        var merged = await Merged(month);
        var departments = Rankings.Departments(FigureRow.Of(merged, FigureDimensions.Department));
        var city = FigureRow.City(merged);
        return new MonthFigures(
            month,
            city.ToData(reference.CityName),
            departments.Select(r => r.ToData(DepartmentName(r.Key))).ToArray(),
            FigureRow.Of(merged, FigureDimensions.District).Select(r => r.ToData(DistrictName(r.Key))).ToArray(),
            FigureRow.Of(merged, FigureDimensions.Category).Select(r => r.ToData(r.Key)).ToArray(),
            cards.JudgeAll(departments.Select(r => KeyValuePair.Create(r.Key, r.Counters)))
                .Select(c => new CardData(c.Department, DepartmentName(c.Department), c.Colour, c.Dispatched, c.Reasons))
                .ToArray(),
            HotSpot.Of(merged).Select(s => new HotSpotData(s.DistrictCode, DistrictName(s.DistrictCode), s.Category, s.Received, s.Breaches)).ToArray(),
            city.Counters.TypicalCases
                .OrderByDescending(x => x.Value).ThenBy(x => x.Key, StringComparer.Ordinal)
                .Select(x => new TypicalCaseCount(x.Key, FigureTexts.TypicalCaseName(x.Key), x.Value))
                .ToArray());
    }

    public async Task<byte[]> MonthlyCsv(string month, string? department)
    {
        var merged = await Merged(month);
        var rows = Rankings.Departments(FigureRow.Of(merged, FigureDimensions.Department))
            .Where(r => department is null || r.Key == department)
            .ToArray();
        var city = FigureRow.City(merged).Counters;
        return MonthlyReportCsv.Write(month,
            rows.Select(r => (DepartmentName(r.Key), r.Counters, cards.Judge(r.Key, r.Counters)?.Colour)),
            city,
            department is null ? city.TypicalCases : rows.FirstOrDefault()?.Counters.TypicalCases ?? []);
    }

    private async Task<IReadOnlyDictionary<string, FigureCounters>> Merged(string month)
    {
        var shards = await Task.WhenAll(Enumerable.Range(0, StreamNames.BoardShards)
            .Select(i => GrainFactory.GetGrain<IFigureShardGrain>(i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Month(month)));
        var book = new FigureBook();
        foreach (var rows in shards)
            book.Merge(month, rows.Select(r => KeyValuePair.Create(FigureBook.RowKey(r.Dimension, r.Key), r.Counters.ToCounters())));
        return book.MonthOf(month);
    }

    private string DepartmentName(string code) => reference.FindDepartment(code)?.Name ?? code;

    private string DistrictName(string code) => reference.FindDistrict(code)?.Name ?? code;
}
