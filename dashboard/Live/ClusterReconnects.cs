namespace Hotline.Dashboard.Live;

/// <summary>
/// Tells the live feed when the dashboard got its cluster back after losing every gateway (a silo
/// restart): stream subscriptions and events in flight may be gone, so the feed resubscribes,
/// reloads from the index and asks every screen to resync.
/// </summary>
public sealed class ClusterReconnects : IClusterConnectionStatusObserver
{
    private int _pending;

    public bool TakePending() => Interlocked.Exchange(ref _pending, 0) == 1;

    public void NotifyClusterConnectionLost() => Interlocked.Exchange(ref _pending, 1);

    public void NotifyGatewayCountChanged(int currentNumberOfGateways, int previousNumberOfGateways, bool connectionRecovered)
    {
        if (connectionRecovered || (previousNumberOfGateways == 0 && currentNumberOfGateways > 0))
            Interlocked.Exchange(ref _pending, 1);
    }
}
