namespace Hotline.Synthetic.Months;

/// <summary>How a generated order's month ends; the test drives each fate through the order grain.</summary>
public enum MonthFate
{
    /// <summary>直接答复 on the call.</summary>
    DirectAnswer,
    /// <summary>Dispatched, accepted, replied, reviewed, called back satisfied: closed.</summary>
    Satisfied,
    /// <summary>As <see cref="Satisfied"/>, basically satisfied.</summary>
    BasicallySatisfied,
    /// <summary>Dissatisfied (重办), handled again, then satisfied.</summary>
    DissatisfiedThenSatisfied,
    /// <summary>The first callback reaches nobody; the second is satisfied.</summary>
    UnreachableThenSatisfied,
    /// <summary>The lead returns it (退单); re-dispatched to another department, then satisfied.</summary>
    ReturnedThenSatisfied,
    /// <summary>Dispatched and never accepted: its clocks breach and escalate.</summary>
    NeverAccepted,
    /// <summary>Accepted and still being handled at the end of the month.</summary>
    StillHandling,
}
