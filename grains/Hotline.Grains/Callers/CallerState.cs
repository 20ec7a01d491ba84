namespace Hotline.Grains.Callers;

public sealed class CallerState
{
    public string? Name { get; set; }
    public string Type { get; set; } = "citizen";
    /// <summary>Order id → its latest status code, in order of first contact.</summary>
    public Dictionary<string, string> Orders { get; set; } = [];
    public Dictionary<string, long> LastSequence { get; set; } = [];
    public Dictionary<string, int> Satisfaction { get; set; } = [];
    public DateTimeOffset? LastContactAt { get; set; }
}
