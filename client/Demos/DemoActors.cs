namespace Hotline.Client.Demos;

/// <summary>
/// Who does each step in the demos: the demo users `./run.sh` seeds (README, "Demo logins"), so the
/// audit trail names real people and every step passes the role checks a real user would meet.
/// </summary>
public static class DemoActors
{
    public const string Seat = "seat1";
    public const string SecondSeat = "seat2";
    public const string Dispatcher = "dispatcher1";

    /// <summary>The centre's reviewer: reviews replies and calls the citizen back.</summary>
    public const string Centre = "reviewer1";

    /// <summary>A department's demo user is its code in lower case (rl-ls for RL-LS).</summary>
    public static string Department(string code) => code.ToLowerInvariant();
}
