namespace Hotline.Domain.Consultations;

/// <summary>A department's part in a consultation (会商): it leads (牵头) or joins (协办).</summary>
public enum ConsultationRole
{
    Lead,
    Co,
}
