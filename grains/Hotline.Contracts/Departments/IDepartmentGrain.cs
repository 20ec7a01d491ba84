namespace Hotline.Contracts.Departments;

/// <summary>A department (承办单位): its open orders, responsibility list and emergency contact.</summary>
[Alias("hotline.department")]
public interface IDepartmentGrain : IGrainWithStringKey
{
    [Alias("get")] Task<DepartmentSnapshot?> Get();
    [Alias("set-emergency-contact")] Task<DepartmentSnapshot?> SetEmergencyContact(EmergencyContact contact);
}

[GenerateSerializer, Immutable, Alias("hotline.emergency-contact")]
public sealed record EmergencyContact([property: Id(0)] string Name, [property: Id(1)] string Phone);

[GenerateSerializer, Immutable, Alias("hotline.department-order")]
public sealed record DepartmentOrder(
    [property: Id(0)] string OrderId,
    [property: Id(1)] string Status,
    [property: Id(2)] string Role,
    [property: Id(3)] string Title,
    [property: Id(4)] string DistrictCode,
    [property: Id(5)] bool Overdue,
    [property: Id(6)] DateTimeOffset ReceivedAt,
    [property: Id(7)] IReadOnlyList<Orders.ClockSnapshot> Clocks);

[GenerateSerializer, Immutable, Alias("hotline.department-snapshot")]
public sealed record DepartmentSnapshot(
    [property: Id(0)] string Code,
    [property: Id(1)] string Name,
    [property: Id(2)] string Kind,
    [property: Id(3)] IReadOnlyList<string> Responsibilities,
    [property: Id(4)] EmergencyContact? EmergencyContact,
    [property: Id(5)] IReadOnlyList<DepartmentOrder> OpenOrders,
    [property: Id(6)] int Received,
    [property: Id(7)] int Completed,
    [property: Id(8)] int Returned);
