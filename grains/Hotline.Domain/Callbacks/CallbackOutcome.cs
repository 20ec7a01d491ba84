namespace Hotline.Domain.Callbacks;

/// <summary>How one callback attempt (回访) ended. Codes: satisfied | basically-satisfied | dissatisfied | unreachable.</summary>
public enum CallbackOutcome
{
    /// <summary>满意.</summary>
    Satisfied,
    /// <summary>基本满意.</summary>
    BasicallySatisfied,
    /// <summary>不满意: reopens the order (重办).</summary>
    Dissatisfied,
    /// <summary>无法联系: nobody answered; the order stays 待回访 and is tried again later.</summary>
    Unreachable,
}
