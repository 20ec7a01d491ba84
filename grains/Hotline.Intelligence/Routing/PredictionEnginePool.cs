using System.Collections.Concurrent;
using Microsoft.ML;

namespace Hotline.Intelligence.Routing;

/// <summary>
/// PredictionEngine is not thread-safe but is cheap to reuse: each caller rents one, so concurrent
/// predictions never share an engine and the pool grows only to the peak concurrency.
/// </summary>
internal sealed class PredictionEnginePool(MLContext ml, ITransformer model, DataViewSchema inputSchema)
{
    private readonly ConcurrentBag<PredictionEngine<RoutingRow, RoutingScores>> _idle = [];

    public float[] Score(RoutingRow row)
    {
        if (!_idle.TryTake(out var engine))
        {
            engine = ml.Model.CreatePredictionEngine<RoutingRow, RoutingScores>(model, inputSchema: inputSchema);
        }
        try
        {
            return engine.Predict(row).Score;
        }
        finally
        {
            _idle.Add(engine);
        }
    }
}
