using Azure;
using Azure.Core;
using Azure.Core.Pipeline;

namespace Hotline.Integration.Tests.Indexing;

/// <summary>
/// Sits in the table client's pipeline and watches entity group transactions ($batch requests):
/// counts them, can hold them at a gate (so the test decides what is in flight), or fail them.
/// </summary>
public sealed class BatchProbe : HttpPipelinePolicy
{
    private TaskCompletionSource _gate = Open();
    private TaskCompletionSource _entered = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private int _batches;

    public int Batches => Volatile.Read(ref _batches);

    public volatile bool Fail;

    /// <summary>From now on transactions wait at the gate; the task completes when the first one arrives.</summary>
    public Task Hold()
    {
        _gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        _entered = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        return _entered.Task.WaitAsync(TimeSpan.FromSeconds(10));
    }

    public void Release() => _gate.TrySetResult();

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        if (message.Request.Uri.Path.EndsWith("/$batch", StringComparison.Ordinal))
        {
            Interlocked.Increment(ref _batches);
            _entered.TrySetResult();
            await _gate.Task;
            if (Fail) throw new RequestFailedException(503, "injected: the transaction did not reach the table");
        }
        await ProcessNextAsync(message, pipeline);
    }

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        ProcessAsync(message, pipeline).AsTask().GetAwaiter().GetResult();

    private static TaskCompletionSource Open()
    {
        var open = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        open.SetResult();
        return open;
    }
}
