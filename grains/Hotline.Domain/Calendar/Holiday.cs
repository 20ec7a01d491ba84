namespace Hotline.Domain.Calendar;

/// <summary>One official holiday period, both ends inclusive.</summary>
public sealed record Holiday(string Name, DateOnly From, DateOnly To);
