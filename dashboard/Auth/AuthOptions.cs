namespace Hotline.Dashboard.Auth;

/// <summary>The "Hotline:Auth" configuration section.</summary>
public sealed class AuthOptions
{
    public const string Section = "Hotline:Auth";

    /// <summary>Insert the <see cref="DemoUsers"/> that are missing at start-up. Turn off in production.</summary>
    public bool SeedDemoUsers { get; set; } = true;

    /// <summary>How long a cookie lives without use, and how long a bearer token lives: one shift.</summary>
    public TimeSpan SessionLifetime { get; set; } = TimeSpan.FromHours(12);
}
