namespace Hotline.Dashboard.Api;

/// <summary>A phone number as the hotline records it: 5 to 20 digits, optionally after a "+".</summary>
public static class PhoneRule
{
    public static bool IsValid(string? phone)
    {
        if (string.IsNullOrEmpty(phone)) return false;
        var digits = phone.StartsWith('+') ? phone[1..] : phone;
        return digits.Length is >= 5 and <= 20 && digits.All(char.IsAsciiDigit);
    }
}
