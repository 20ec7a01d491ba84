namespace Hotline.Domain.WorkOrders;

/// <summary>Emergency services an order can be handed to (转办).</summary>
public enum TransferTarget
{
    Police110,
    Fire119,
    Ambulance120,
}
