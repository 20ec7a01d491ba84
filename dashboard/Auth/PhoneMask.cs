namespace Hotline.Dashboard.Auth;

/// <summary>Masks a phone number for those who must not see it whole: 13812341234 → 138****1234.</summary>
public static class PhoneMask
{
    public static string Mask(string phone)
    {
        if (string.IsNullOrEmpty(phone)) return phone;
        // Below 8 characters first-3 + last-4 would show nearly everything: hide all of it.
        if (phone.Length < 8) return new string('*', phone.Length);
        return string.Concat(phone.AsSpan(0, 3), new string('*', phone.Length - 7), phone.AsSpan(phone.Length - 4));
    }
}
