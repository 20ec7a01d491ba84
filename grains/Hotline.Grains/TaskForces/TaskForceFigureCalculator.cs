using Hotline.Contracts.TaskForces;
using Hotline.Grains.Streams;

namespace Hotline.Grains.TaskForces;

/// <summary>Counts a task force's figures from what it remembers of its orders.</summary>
public static class TaskForceFigureCalculator
{
    public static TaskForceFigures Count(IEnumerable<TaskForceOrder> orders)
    {
        int received = 0, dispatched = 0, completed = 0, overdue = 0, withdrawn = 0;
        foreach (var o in orders)
        {
            received++;
            if (o.Dispatched) dispatched++;
            if (StatusCodes.IsWithdrawn(o.Status)) withdrawn++;
            if (StatusCodes.IsCompleted(o.Status)) completed++;
            else if (o.Overdue && !StatusCodes.IsTerminal(o.Status)) overdue++;
        }
        // Merged and transferred orders are not the task force's to complete.
        var counted = received - withdrawn;
        var rate = counted == 0 ? 0 : Math.Round((double)completed / counted, 4);
        return new TaskForceFigures(received, dispatched, completed, overdue, rate);
    }
}
