namespace Hotline.Domain.Clocks;

/// <summary>Who is told when a threshold passes: handler → department head → centre → leadership.</summary>
public enum EscalationLevel
{
    Handler,
    DepartmentHead,
    Centre,
    Leadership,
}
