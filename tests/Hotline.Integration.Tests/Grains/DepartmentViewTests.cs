using Hotline.Contracts.Orders;
using Hotline.Contracts.Streams;
using Hotline.Grains.Departments;
using Hotline.Integration.Tests.Infrastructure;

namespace Hotline.Integration.Tests.Grains;

/// <summary>The department's in-memory queue: index rows and events meet, the newer version wins.</summary>
public sealed class DepartmentViewTests
{
    private const string Code = "RL-LS";

    [Fact]
    public void An_event_newer_than_the_row_wins_and_an_older_one_does_not_undo_it()
    {
        var view = new DepartmentView(Code);
        view.Apply(Row("A", 5, "accepted"));

        Assert.False(view.Apply(Event("A", 4, "dispatched")));
        Assert.False(view.Apply(Event("A", 5, "accepted")));
        Assert.Equal("accepted", view.Orders.Single().Status);

        Assert.True(view.Apply(Event("A", 6, "replied")));
        Assert.Equal("replied", view.Orders.Single().Status);
        Assert.False(view.Apply(Row("A", 5, "accepted")));
        Assert.Equal("replied", view.Orders.Single().Status);
    }

    [Fact]
    public void A_closed_order_is_not_brought_back_by_a_late_event()
    {
        var view = new DepartmentView(Code);
        view.Apply(Event("A", 3, "dispatched"));
        view.Apply(Event("A", 9, "closed"));
        Assert.Equal(0, view.Count);

        Assert.False(view.Apply(Event("A", 3, "dispatched")));
        Assert.Equal(0, view.Count);
        Assert.Equal(9, view.KnownSequence("A"));
    }

    [Fact]
    public void Released_orders_are_remembered_only_up_to_the_capacity()
    {
        var view = new DepartmentView(Code, releasedCapacity: 10);
        for (var i = 0; i < 100; i++)
        {
            view.Apply(Event($"O{i}", 1, "dispatched"));
            view.Apply(Event($"O{i}", 2, "closed"));
        }
        Assert.Equal(0, view.Count);
        Assert.Equal(10, Enumerable.Range(0, 100).Count(i => view.KnownSequence($"O{i}") is not null));
        Assert.Equal(2, view.KnownSequence("O99"));
    }

    [Fact]
    public void A_department_at_a_consultation_holds_the_order_but_not_as_a_handler_until_it_is_dispatched_to_it()
    {
        var view = new DepartmentView(Code);
        view.Apply(Event("A", 3, "pending-dispatch") with { Lead = null, Departments = ["ZJJ", Code], Handlers = [] });
        Assert.Equal(DepartmentView.ConsultationRole, view.Orders.Single().Role);
        Assert.False(view.HoldsAsHandler("A"));

        view.Apply(Event("A", 5, "dispatched") with { Lead = "ZJJ", Departments = ["ZJJ", Code], Handlers = ["ZJJ", Code] });
        Assert.Equal("co-handler", view.Orders.Single().Role);
        Assert.True(view.HoldsAsHandler("A"));
    }

    private static OrderSummary Row(string id, long sequence, string status) =>
        new(id, status, "供热", "141102", Code, "HEATING", DateTimeOffset.UnixEpoch, false, "暖气不热", [Code], null, "")
        {
            Sequence = sequence,
        };

    private static OrderEvent Event(string id, long sequence, string status) => TestEvents.Heating(id, sequence, status, Code);
}
