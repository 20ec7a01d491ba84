using System.Diagnostics.CodeAnalysis;
using Hotline.Domain.Clocks;

namespace Hotline.Domain.WorkOrders;

/// <summary>
/// The outcome of a command: what to persist and publish on success, or why it was refused.
/// A refused command has changed nothing.
/// </summary>
public sealed class CommandResult
{
    private CommandResult(IReadOnlyList<AuditEvent> events, IReadOnlyList<ClockEvent> clockEvents, DomainError? error)
    {
        Events = events;
        ClockEvents = clockEvents;
        Error = error;
    }

    [MemberNotNullWhen(false, nameof(Error))]
    public bool Succeeded => Error is null;

    /// <summary>The audit events this command appended, in sequence order.</summary>
    public IReadOnlyList<AuditEvent> Events { get; }

    /// <summary>Thresholds that had passed by the command's instant and were collected before it ran.</summary>
    public IReadOnlyList<ClockEvent> ClockEvents { get; }

    public DomainError? Error { get; }

    public static CommandResult Success(IReadOnlyList<AuditEvent> events, IReadOnlyList<ClockEvent> clockEvents) =>
        new(events, clockEvents, null);

    public static CommandResult Failure(DomainError error) => new([], [], error);
}
