namespace Hotline.Domain.Reference;

/// <summary>A county-level division (区县) with its seat-of-government coordinates.</summary>
public sealed record District(string Code, string Name, double Lat, double Lon);
