using Hotline.Domain.WorkOrders;

namespace Hotline.Grains.WorkOrders;

/// <summary>Transfers are named by the emergency number the caller knows: 110, 119, 120.</summary>
public static class TransferCodes
{
    public static string Of(TransferTarget target) => target switch
    {
        TransferTarget.Police110 => "110",
        TransferTarget.Fire119 => "119",
        TransferTarget.Ambulance120 => "120",
        _ => throw new ArgumentOutOfRangeException(nameof(target)),
    };

    public static bool TryParse(string? code, out TransferTarget target)
    {
        foreach (var candidate in Enum.GetValues<TransferTarget>())
        {
            if (Of(candidate) == code)
            {
                target = candidate;
                return true;
            }
        }
        target = default;
        return false;
    }
}
