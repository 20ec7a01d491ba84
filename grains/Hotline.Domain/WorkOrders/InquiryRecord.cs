namespace Hotline.Domain.WorkOrders;

/// <summary>
/// 接诉即办: no knowledge entry answered the caller, so the centre asked a department's emergency contact.
/// A rejected answer goes back to the contact with reasons (a new round, a new 30-minute clock).
/// </summary>
public sealed class InquiryRecord
{
    public string Department { get; set; } = "";

    /// <summary>Who was reached, as the specialist recorded it (name and phone of the emergency contact).</summary>
    public string? Contact { get; set; }

    public string Question { get; set; } = "";

    public InquiryStatus Status { get; set; }

    public int Round { get; set; } = 1;

    public DateTimeOffset StartedAt { get; set; }

    public string StartedBy { get; set; } = "";

    public string? Answer { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }

    public string? AnsweredBy { get; set; }

    /// <summary>Reasons of the latest rejected review, shown to the contact who answers again.</summary>
    public List<string> RejectedReasons { get; set; } = [];

    public bool IsOpen => Status is InquiryStatus.Waiting or InquiryStatus.Answered;
}
