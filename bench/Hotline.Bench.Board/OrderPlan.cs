namespace Hotline.Bench.Board;

public enum OrderStep
{
    Dispatch,
    Accept,
    Reply,
}

/// <summary>
/// Which order and which step the n-th paced transition is. Orders go in waves of one second's
/// worth (<see cref="Wave"/> = the rate): a wave is dispatched, then accepted, then replied. An
/// order's steps are so about a second apart and never race each other on the grain, and the
/// board always holds a mix of statuses, as on a real day.
/// </summary>
public sealed record OrderPlan(int Wave, int Transitions)
{
    private const int Steps = 3;

    public static OrderPlan For(int rate, int seconds) => new(rate, rate * seconds);

    /// <summary>Orders the plan touches, all created up front.</summary>
    public int Orders
    {
        get
        {
            var blocks = Transitions / (Steps * Wave);
            var rest = Transitions % (Steps * Wave);
            return blocks * Wave + Math.Min(rest, Wave);
        }
    }

    public (int Order, OrderStep Step) At(int n)
    {
        var block = n / (Steps * Wave);
        var within = n % (Steps * Wave);
        return (block * Wave + within % Wave, (OrderStep)(within / Wave));
    }
}
