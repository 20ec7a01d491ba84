namespace Hotline.Dashboard.Hosting;

/// <summary>Whether an ISO 8601 text names its offset ("Z", "+08:00"); without one an instant is ambiguous.</summary>
public static class InstantText
{
    public static bool HasOffset(string text) =>
        text.EndsWith('Z') || text.EndsWith('z') || (text.Length > 6 && text[^6] is '+' or '-' && text[^3] == ':');
}
