namespace Hotline.Intelligence.Routing;

/// <summary>Which softmax (maximum-entropy) multiclass trainer fits the weights.</summary>
public enum RoutingTrainer
{
    /// <summary>Stochastic dual coordinate ascent: fast on large sparse data.</summary>
    Sdca = 0,

    /// <summary>L-BFGS: deterministic, usually a little more accurate, slower with many classes.</summary>
    Lbfgs = 1,
}
