namespace Hotline.Grains.TaskForces;

public sealed class TaskForceState
{
    public Dictionary<string, TaskForceOrder> Orders { get; set; } = [];
}
