namespace Hotline.Domain.Consultations;

/// <summary>One department at the consultation table and the opinion it gave (or not).</summary>
public sealed class ConsultationParticipant
{
    public string Department { get; set; } = "";

    public ConsultationRole Role { get; set; }

    /// <summary>Its sub-deadline; null only when the SLA policy names no consultation span.</summary>
    public DateTimeOffset? DueAt { get; set; }

    public string? Opinion { get; set; }

    public DateTimeOffset? RepliedAt { get; set; }

    public string? RepliedBy { get; set; }

    /// <summary>The opinion came after the sub-deadline.</summary>
    public bool Late { get; set; }

    public bool HasReplied => RepliedAt is not null;
}
