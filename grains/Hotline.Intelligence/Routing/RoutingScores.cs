namespace Hotline.Intelligence.Routing;

/// <summary>The trainer's softmax output: one probability per label, in label-key order.</summary>
internal sealed class RoutingScores
{
    public float[] Score { get; set; } = [];
}
