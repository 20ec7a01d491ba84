using Hotline.Intelligence.Routing;

namespace Hotline.Intelligence.Tests.Routing;

/// <summary>Trains the toy classifier once for all tests in the class.</summary>
public sealed class ToyClassifierFixture
{
    public static readonly DateTimeOffset TrainedAt = new(2025, 11, 15, 8, 30, 0, TimeSpan.FromHours(8));

    public TextClassifier Classifier { get; } = TextClassifier.Train(ToyOrders.Samples(), TrainedAt, seed: 7);
}
