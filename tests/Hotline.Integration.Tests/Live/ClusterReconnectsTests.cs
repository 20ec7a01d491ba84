using Hotline.Dashboard.Live;

namespace Hotline.Integration.Tests.Live;

/// <summary>When the live feed must resubscribe and reload: after losing the cluster, not at its first connection.</summary>
public sealed class ClusterReconnectsTests
{
    [Fact]
    public void The_first_gateway_at_start_up_is_not_a_reconnect()
    {
        var reconnects = new ClusterReconnects();
        reconnects.NotifyGatewayCountChanged(1, 0, connectionRecovered: true);
        Assert.False(reconnects.TakePending());
    }

    [Fact]
    public void Getting_a_gateway_back_after_having_none_is()
    {
        var reconnects = new ClusterReconnects();
        reconnects.NotifyGatewayCountChanged(1, 0, connectionRecovered: true);
        reconnects.NotifyGatewayCountChanged(0, 1, connectionRecovered: false);
        Assert.False(reconnects.TakePending());
        reconnects.NotifyGatewayCountChanged(1, 0, connectionRecovered: true);
        Assert.True(reconnects.TakePending());
        Assert.False(reconnects.TakePending());
    }

    [Fact]
    public void A_second_gateway_joining_is_not()
    {
        var reconnects = new ClusterReconnects();
        reconnects.NotifyGatewayCountChanged(1, 0, connectionRecovered: true);
        reconnects.NotifyGatewayCountChanged(2, 1, connectionRecovered: false);
        Assert.False(reconnects.TakePending());
    }

    [Fact]
    public void Losing_the_cluster_is()
    {
        var reconnects = new ClusterReconnects();
        reconnects.NotifyGatewayCountChanged(1, 0, connectionRecovered: true);
        reconnects.NotifyClusterConnectionLost();
        Assert.True(reconnects.TakePending());
    }
}
