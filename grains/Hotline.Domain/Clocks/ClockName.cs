namespace Hotline.Domain.Clocks;

/// <summary>The deadlines a work order can run (DESIGN.md, "Clocks").</summary>
public enum ClockName
{
    /// <summary>签收: a department must accept a dispatched order.</summary>
    Accept,
    /// <summary>退单窗口: a department may return an order only inside this window.</summary>
    ReturnWindow,
    /// <summary>接诉即办: the emergency contact must answer a life-safety order.</summary>
    EmergencyAnswer,
    /// <summary>办结: the department must reply with the result.</summary>
    Completion,
    /// <summary>当日办结: task-force orders done by 24:00 of the day received.</summary>
    SameDay,
    /// <summary>回访: the centre must call the caller back after the reply is approved.</summary>
    Callback,
    /// <summary>接诉即办: a department's emergency contact must answer the centre's inquiry (30 minutes).</summary>
    ContactAnswer,
    /// <summary>会商: each department at a consultation owes its opinion by its own sub-deadline.</summary>
    Consultation,
}
