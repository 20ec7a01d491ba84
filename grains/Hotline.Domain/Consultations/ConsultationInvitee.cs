namespace Hotline.Domain.Consultations;

/// <summary>A co-handler the centre invites, with its own sub-deadline; null takes the policy's "consultation" span.</summary>
public sealed record ConsultationInvitee(string Department, DateTimeOffset? DueAt = null);
