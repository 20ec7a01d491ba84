namespace Hotline.Synthetic;

/// <summary>A seat's reworded search for one knowledge entry, and the entry it should find.</summary>
public sealed record SearchProbe(string Query, string ExpectedEntryId);
