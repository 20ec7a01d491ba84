namespace Hotline.Domain.WorkOrders;

/// <summary>Who is calling; enterprise demands (涉企) are counted and routed separately.</summary>
public enum CallerType
{
    Citizen,
    Enterprise,
}
