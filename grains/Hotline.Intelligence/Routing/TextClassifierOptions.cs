namespace Hotline.Intelligence.Routing;

/// <summary>Training knobs. The defaults are the measured best trade-off of accuracy and training time.</summary>
public sealed record TextClassifierOptions
{
    public static TextClassifierOptions Default { get; } = new();

    public TextTokenization Tokenization { get; init; } = TextTokenization.CharNgrams;

    public RoutingTrainer Trainer { get; init; } = RoutingTrainer.Sdca;

    /// <summary>Text n-grams seen in fewer orders are dropped: keeps the model small and ignores names, typos.</summary>
    public int MinimumNgramCount { get; init; } = 2;

    /// <summary>
    /// Upper bound on trainer passes over the data (null: the trainer's own heuristic, the most accurate).
    /// With 150+ labels (leaf categories) 20 passes trains ~3× faster for a few tenths of a point.
    /// </summary>
    public int? MaximumIterations { get; init; }

    public float? L2Regularization { get; init; }

    /// <summary>Fewer samples than this (after dropping those without a label) is refused.</summary>
    public int MinimumSamples { get; init; } = 10;
}
