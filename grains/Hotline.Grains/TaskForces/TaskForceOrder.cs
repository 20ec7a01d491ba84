namespace Hotline.Grains.TaskForces;

/// <summary>What a task force remembers of one of its orders, enough to recount its figures.</summary>
public sealed class TaskForceOrder
{
    public string DistrictCode { get; set; } = "";
    public string Status { get; set; } = "";
    public bool Dispatched { get; set; }
    public bool Overdue { get; set; }
    public long Sequence { get; set; }
}
