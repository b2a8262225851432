namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>
/// Display forms that let a person recognise their own data without exposing it to whoever else is
/// looking at the screen or the log. Input is expected in the normalized form the validators produce;
/// anything else is masked completely, because guessing which part is safe to show could leak it.
/// </summary>
public static class Masking
{
    // A resident ID number (居民身份证号码, GB 11643) has 18 characters.
    private const int ResidentIdLength = 18;
    private const int VisibleIdPrefix = 4;
    private const int VisibleTail = 4;
    private const int VisibleMobilePrefix = 3;

    /// <example>44010619900307123X becomes 4401**********123X.</example>
    public static string MaskIdNumber(string? idNumber) =>
        idNumber?.Length == ResidentIdLength
            ? KeepEnds(idNumber, VisibleIdPrefix, VisibleTail)
            : MaskAll(idNumber);

    /// <example>13812345678 becomes 138****5678; 020-12345678 becomes 020-****5678.</example>
    public static string MaskPhone(string? phoneNumber)
    {
        if (phoneNumber is null)
        {
            return "";
        }

        if (phoneNumber.Length == 11 && IsDigits(phoneNumber))
        {
            return KeepEnds(phoneNumber, VisibleMobilePrefix, VisibleTail);
        }

        // The area code only says which city; the subscriber number is what identifies the person.
        var hyphen = phoneNumber.IndexOf('-', StringComparison.Ordinal);
        var isFixedLine = hyphen is 3 or 4
            && IsDigits(phoneNumber.AsSpan(0, hyphen))
            && IsDigits(phoneNumber.AsSpan(hyphen + 1))
            && phoneNumber.Length - hyphen - 1 > VisibleTail;
        return isFixedLine ? KeepEnds(phoneNumber, hyphen + 1, VisibleTail) : MaskAll(phoneNumber);
    }

    private static bool IsDigits(ReadOnlySpan<char> value) => !value.ContainsAnyExceptInRange('0', '9');

    private static string KeepEnds(string value, int head, int tail) =>
        string.Concat(value.AsSpan(0, head), new string('*', value.Length - head - tail), value.AsSpan(value.Length - tail));

    private static string MaskAll(string? value) => new('*', value?.Length ?? 0);
}
