namespace Hotline.Domain.Figures;

/// <summary>One line of cards.json: a card when a rate falls below, or rises above, a threshold.</summary>
public sealed record CardRule(string Card, string Rate, double? Below = null, double? Above = null)
{
    public bool IsBreachedBy(double rate) =>
        (Below is { } floor && rate < floor) || (Above is { } ceiling && rate > ceiling);

    public double Threshold => Below ?? Above ?? 0;
}

/// <summary>The JSON shape of cards.json.</summary>
public sealed record CardPolicyFile(int MinimumDispatched, IReadOnlyList<CardRule> Rules);

/// <summary>A department's card for a month, with every reason in Chinese.</summary>
public sealed record Card(string Department, string Colour, int Dispatched, IReadOnlyList<string> Reasons);

public static class CardColours
{
    public const string Red = "red";
    public const string Yellow = "yellow";
}
