namespace Hotline.Grains.Streams;

/// <summary>
/// Drops stream events a consumer has already applied. Order grains publish at least once (their
/// outbox republishes after a crash), each order's events carry increasing sequence numbers.
/// </summary>
public static class SequenceGate
{
    public static bool TryAdvance(Dictionary<string, long> lastSeen, string orderId, long sequence)
    {
        if (lastSeen.TryGetValue(orderId, out var last) && sequence <= last) return false;
        lastSeen[orderId] = sequence;
        return true;
    }
}
