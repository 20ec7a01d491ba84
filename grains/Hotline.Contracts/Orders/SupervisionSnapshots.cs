namespace Hotline.Contracts.Orders;

/// <summary>One callback attempt (回访). Outcome: satisfied | basically-satisfied | dissatisfied | unreachable.</summary>
[GenerateSerializer, Immutable, Alias("hotline.callback-attempt")]
public sealed record CallbackAttemptSnapshot(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string Actor,
    [property: Id(2)] string Outcome,
    [property: Id(3)] string? Note,
    [property: Id(4)] bool? Resolved);

/// <summary>A rung of the escalation ladder (提级督办). Level: department-head | centre | leadership.</summary>
[GenerateSerializer, Immutable, Alias("hotline.supervision-step")]
public sealed record SupervisionStepSnapshot(
    [property: Id(0)] string Level,
    [property: Id(1)] string Clock,
    [property: Id(2)] string? Department,
    [property: Id(3)] DateTimeOffset NotifiedAt,
    [property: Id(4)] DateTimeOffset? AcknowledgedAt,
    [property: Id(5)] string? AcknowledgedBy);

/// <summary>催办 by the centre, and the lead department's acknowledgement.</summary>
[GenerateSerializer, Immutable, Alias("hotline.urge")]
public sealed record UrgeSnapshot(
    [property: Id(0)] DateTimeOffset At,
    [property: Id(1)] string By,
    [property: Id(2)] string Message,
    [property: Id(3)] string? Department,
    [property: Id(4)] DateTimeOffset? AcknowledgedAt,
    [property: Id(5)] string? AcknowledgedBy);
