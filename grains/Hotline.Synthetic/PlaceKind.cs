namespace Hotline.Synthetic;

/// <summary>Where a caller's matter is: at home in a residential compound, on a street, or in a village.</summary>
internal enum PlaceKind
{
    Compound,
    Road,
    Village,
}
