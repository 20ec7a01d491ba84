namespace Hotline.Domain.WorkOrders;

/// <summary>The review levels a reply passes, in order.</summary>
public enum ReviewLevel
{
    /// <summary>部门审核.</summary>
    Department,
    /// <summary>中心审核.</summary>
    Centre,
}
