namespace Hotline.Contracts.Figures;

/// <summary>A red or yellow card (红黄牌) of a department for the month, with its reasons in Chinese.</summary>
[GenerateSerializer, Immutable, Alias("hotline.figure-card")]
public sealed record CardData(
    [property: Id(0)] string Department,
    [property: Id(1)] string DepartmentName,
    [property: Id(2)] string Colour,
    [property: Id(3)] int Dispatched,
    [property: Id(4)] IReadOnlyList<string> Reasons);

/// <summary>A district × category cell: orders received and deadlines breached in the month.</summary>
[GenerateSerializer, Immutable, Alias("hotline.figure-hotspot")]
public sealed record HotSpotData(
    [property: Id(0)] string DistrictCode,
    [property: Id(1)] string DistrictName,
    [property: Id(2)] string Category,
    [property: Id(3)] int Received,
    [property: Id(4)] int Breaches);

/// <summary>A typical case (典型案例) code, its Chinese name and how many orders first showed it in the month.</summary>
[GenerateSerializer, Immutable, Alias("hotline.figure-typical-case")]
public sealed record TypicalCaseCount(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] int Count);

/// <summary>
/// Everything the leader's page and the monthly report show for one month (Asia/Shanghai), merged
/// from every figure shard. Departments are ranked by 满意率 then 按时办结率.
/// </summary>
[GenerateSerializer, Immutable, Alias("hotline.month-figures")]
public sealed record MonthFigures(
    [property: Id(0)] string Month,
    [property: Id(1)] FigureRowData City,
    [property: Id(2)] IReadOnlyList<FigureRowData> Departments,
    [property: Id(3)] IReadOnlyList<FigureRowData> Districts,
    [property: Id(4)] IReadOnlyList<FigureRowData> Categories,
    [property: Id(5)] IReadOnlyList<CardData> Cards,
    [property: Id(6)] IReadOnlyList<HotSpotData> HotSpots,
    [property: Id(7)] IReadOnlyList<TypicalCaseCount> TypicalCases);
