namespace Hotline.Domain.Consultations;

/// <summary>
/// 会商: the centre brings the departments of a matter that spans several of them to one table. It runs beside the
/// order's status (a side-track): each participant owes an opinion by its own deadline, then the centre concludes.
/// </summary>
public sealed class ConsultationRecord
{
    public string Topic { get; set; } = "";

    public DateTimeOffset OpenedAt { get; set; }

    public string OpenedBy { get; set; } = "";

    /// <summary>The department proposed to lead the matter (牵头单位); a concluding dispatch names it lead.</summary>
    public string Lead { get; set; } = "";

    /// <summary>The lead first, then the co-handlers in the order the centre named them.</summary>
    public List<ConsultationParticipant> Participants { get; set; } = [];

    public string? Outcome { get; set; }

    public DateTimeOffset? ConcludedAt { get; set; }

    public string? ConcludedBy { get; set; }

    /// <summary>Participants that never gave an opinion, named when the centre concluded without them.</summary>
    public List<string> Missing { get; set; } = [];

    public bool IsOpen => ConcludedAt is null;

    public ConsultationParticipant? Participant(string department) =>
        Participants.FirstOrDefault(p => p.Department == department);

    public IEnumerable<string> CoHandlers => Participants.Where(p => p.Role == ConsultationRole.Co).Select(p => p.Department);
}
