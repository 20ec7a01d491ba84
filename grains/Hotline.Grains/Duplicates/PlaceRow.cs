namespace Hotline.Grains.Duplicates;

/// <summary>An order where it happened, kept so a new order at the same place and topic finds it (重复诉求).</summary>
public sealed record PlaceRow(
    string OrderId,
    string Topic,
    string CategoryCode,
    double Lat,
    double Lon,
    DateTimeOffset ReceivedAt,
    string CallerPhone,
    string Title,
    string Content,
    string Address);
