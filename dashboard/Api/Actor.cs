namespace Hotline.Dashboard.Api;

/// <summary>
/// Who acts, for the audit trail. Until logins arrive the caller names itself in X-Actor
/// (e.g. "seat:1001", "dept:RL-LS"); without it the action is recorded as "api".
/// </summary>
public static class Actor
{
    public const string Header = "X-Actor";

    public static string Of(HttpContext context)
    {
        var value = context.Request.Headers[Header].ToString().Trim();
        return value.Length is > 0 and <= 100 ? value : "api";
    }
}
