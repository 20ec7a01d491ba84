namespace Hotline.Dashboard.Live;

/// <summary>A board's figures for today (local day, Asia/Shanghai) plus the load of what is open now.</summary>
public sealed record ScreenStats(
    int Received,
    int Dispatched,
    int Completed,
    double? SameDayRate,
    int SameDayMet,
    int SameDayLate,
    int Overdue,
    int Open,
    IReadOnlyList<DistrictLoad> ByDistrict,
    IReadOnlyList<CompanyLoad> ByCompany);

public sealed record DistrictLoad(string Code, string Name, double Lat, double Lon, int Open, int Overdue, int Received);

public sealed record CompanyLoad(string Code, string Name, int Open, int Overdue);
