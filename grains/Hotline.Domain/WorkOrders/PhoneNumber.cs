namespace Hotline.Domain.WorkOrders;

/// <summary>A phone number as the hotline records it: 5 to 20 digits, optionally after a "+".</summary>
public static class PhoneNumber
{
    public static bool IsValid(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return false;
        var digits = phone.StartsWith('+') ? phone.AsSpan(1) : phone.AsSpan();
        if (digits.Length is < 5 or > 20) return false;
        foreach (var c in digits)
            if (!char.IsAsciiDigit(c)) return false;
        return true;
    }
}
