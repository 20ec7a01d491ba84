namespace Hotline.Browser.Tests.Pages;

/// <summary>What the seat types in for one call.</summary>
public sealed record Intake(
    string Phone,
    string Title,
    string Address,
    string Content,
    string Channel = "热线电话",
    string CallerName = "王先生",
    string CallerType = "citizen",
    string DistrictCode = "141102",
    string Category = "供热",
    string Urgency = "normal");
