using Hotline.Contracts.Seats;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Grains;

[Collection(GrainCollection.Name)]
public sealed class SeatGrainTests(RealTimeClusterFixture fixture)
{
    [Fact]
    public async Task Seat_moves_through_available_on_call_and_wrap_up()
    {
        var seat = fixture.Client.GetGrain<ISeatGrain>("seat-1001");
        Assert.Equal("available", (await seat.SetStatus("available")).Status);
        var onCall = await seat.StartCall("13800001234");
        Assert.Equal("on-call", onCall.Status);
        Assert.Equal("13800001234", onCall.CurrentCaller);
        await seat.RecordOrderCreated("20261201-ABCDEF");
        var wrapUp = await seat.EndCall();
        Assert.Equal("wrap-up", wrapUp.Status);
        Assert.Equal(1, wrapUp.CallsTaken);
        Assert.Equal(1, wrapUp.OrdersCreated);
    }

    [Fact]
    public async Task Seat_refuses_an_unknown_status_and_a_second_call()
    {
        var seat = fixture.Client.GetGrain<ISeatGrain>("seat-1002");
        await Assert.ThrowsAsync<ArgumentException>(() => seat.SetStatus("sleeping"));
        await seat.StartCall("13800001234");
        await Assert.ThrowsAsync<InvalidOperationException>(() => seat.StartCall("13900001234"));
        Assert.Equal("13800001234", (await seat.Get()).CurrentCaller);
    }
}
