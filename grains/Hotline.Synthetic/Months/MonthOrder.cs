namespace Hotline.Synthetic.Months;

/// <summary>One scripted order of a generated month: what it is about, who handles it, and its fate.</summary>
public sealed record MonthOrder(
    string Id,
    DateOnly Day,
    string DistrictCode,
    string Category,
    string Title,
    string Content,
    string Phone,
    MonthFate Fate,
    string Lead,
    string? CoHandler,
    string? SecondLead,
    bool AcceptLate,
    bool ReplyLate,
    bool Resolved)
{
    /// <summary>The 30-minute accept clock (water, power, gas, heating): the only ones the script makes late.</summary>
    public bool HasShortAcceptClock => Category is "供热" or "供水" or "燃气";
}
