namespace Hotline.Domain.WorkOrders;

/// <summary>What the caller said at the callback (回访).</summary>
public enum Satisfaction
{
    /// <summary>满意.</summary>
    Satisfied,
    /// <summary>基本满意.</summary>
    BasicallySatisfied,
    /// <summary>不满意: reopens the order.</summary>
    Dissatisfied,
}
