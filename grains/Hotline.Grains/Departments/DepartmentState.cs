using Hotline.Contracts.Departments;

namespace Hotline.Grains.Departments;

public sealed class DepartmentState
{
    public Dictionary<string, DepartmentOrder> Open { get; set; } = [];
    public Dictionary<string, long> LastSequence { get; set; } = [];
    public int Received { get; set; }
    public int Completed { get; set; }
    public int Returned { get; set; }
    public EmergencyContact? EmergencyContact { get; set; }
}
