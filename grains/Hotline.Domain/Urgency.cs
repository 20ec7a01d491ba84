namespace Hotline.Domain;

/// <summary>How urgent a demand is; chooses the accept and completion clocks.</summary>
public enum Urgency
{
    Normal,
    Urgent,
    /// <summary>涉及生命财产安全.</summary>
    LifeSafety,
}
