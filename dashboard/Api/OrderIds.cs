using System.Security.Cryptography;
using Hotline.Domain.Calendar;

namespace Hotline.Dashboard.Api;

/// <summary>
/// Order numbers a person can read out on the phone: the local date and six characters of
/// Crockford base-32 (no I, L, O, U), e.g. 20261130-7K3QJ2. No counter grain sits on intake.
/// </summary>
public sealed class OrderIds(TimeProvider time, WorkingCalendar calendar)
{
    private const string Alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

    public string Next()
    {
        var day = calendar.LocalDate(time.GetUtcNow());
        Span<char> suffix = stackalloc char[6];
        for (var i = 0; i < suffix.Length; i++)
            suffix[i] = Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        return $"{day:yyyyMMdd}-{suffix}";
    }
}
