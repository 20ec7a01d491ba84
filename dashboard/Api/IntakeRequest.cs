namespace Hotline.Dashboard.Api;

/// <summary>What the seat has typed so far; everything optional but the phone.</summary>
public sealed record IntakeRequest(
    string? Phone, string? Title, string? Content, string? Category, string? CategoryCode,
    string? DistrictCode, string? Address, double? Lat, double? Lon);
