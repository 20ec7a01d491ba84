namespace Hotline.Dashboard.Live;

/// <summary>
/// Tells the live feed when the dashboard got its cluster back after losing every gateway (a silo
/// restart): stream subscriptions and events in flight may be gone, so the feed resubscribes,
/// reloads from the index and asks every screen to resync.
/// </summary>
public sealed class ClusterReconnects : IClusterConnectionStatusObserver
{
    private int _pending;
    private int _connectedOnce;

    public bool TakePending() => Interlocked.Exchange(ref _pending, 0) == 1;

    public void NotifyClusterConnectionLost() => Interlocked.Exchange(ref _pending, 1);

    /// <summary>The first gateway found at start-up is not a reconnect: the feed's own start loads everything once.</summary>
    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        if (currentNumberOfGateways == 0) return;
        if (Interlocked.Exchange(ref _connectedOnce, 1) == 0) return;
        if (connectionRecovered || previousNumberOfGateways == 0)
            Interlocked.Exchange(ref _pending, 1);
    }
}
