namespace Hotline.Domain.WorkOrders;

/// <summary>A department's part in an order.</summary>
public enum HandlerRole
{
    /// <summary>主办: answers for the order.</summary>
    Lead,
    /// <summary>协办: helps, with its own clocks.</summary>
    CoHandler,
}
