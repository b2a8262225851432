using System.Text;

namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>
/// A mainland mobile or fixed-line number that passed every rule, in one canonical form so that the
/// same number typed two ways encrypts and hashes to the same lookup key.
/// </summary>
public sealed record PhoneNumber
{
    private const string CountryCode = "86";

    private PhoneNumber(string value, PhoneNumberKind kind)
    {
        Value = value;
        Kind = kind;
    }

    /// <summary>Eleven digits for a mobile, "0AA-NNNNNNNN" for a fixed line.</summary>
    public string Value { get; }

    public PhoneNumberKind Kind { get; }

    public static ValidationOutcome<PhoneNumber> Validate(string? value)
    {
        var text = value?.Normalize(NormalizationForm.FormKC).Trim() ?? "";
        var hasPlus = text.StartsWith('+');
        if (text.AsSpan(hasPlus ? 1 : 0).ContainsAnyExcept("0123456789 -"))
        {
            return ValidationOutcome<PhoneNumber>.Invalid([PhoneNumberProblems.Characters()]);
        }

        var digits = string.Concat(text.Where(char.IsAsciiDigit));
        if (digits.Length == 0)
        {
            return ValidationOutcome<PhoneNumber>.Invalid([PhoneNumberProblems.MissingValue()]);
        }

        if (hasPlus && !digits.StartsWith(CountryCode, StringComparison.Ordinal))
        {
            return ValidationOutcome<PhoneNumber>.Invalid([PhoneNumberProblems.CountryCode()]);
        }

        // Domestic numbers begin with 0 or 1, so a leading 86 can only be the country code.
        var hasCountryCode = digits.StartsWith(CountryCode, StringComparison.Ordinal);
        var national = hasCountryCode ? digits[CountryCode.Length..] : digits;
        if (hasCountryCode && national.Length > 0 && national[0] is >= '2' and <= '9')
        {
            // International format drops the trunk 0 of an area code (+86 20 ... is 020 ...).
            national = "0" + national;
        }

        return national.StartsWith('1') ? ValidateMobile(national)
            : national.StartsWith('0') ? ValidateFixedLine(national)
            : ValidationOutcome<PhoneNumber>.Invalid([PhoneNumberProblems.NeitherMobileNorFixedLine()]);
    }

    // Records print their properties; this keeps the full number out of logs and exception text.
    public override string ToString() => Masking.MaskPhone(Value);

    private static ValidationOutcome<PhoneNumber> ValidateMobile(string national)
    {
        var problems = new List<ValidationProblem>();
        if (national.Length != 11)
        {
            problems.Add(PhoneNumberProblems.MobileDigitCount(national.Length));
        }

        if (national.Length < 2 || national[1] is < '3' or > '9')
        {
            problems.Add(PhoneNumberProblems.MobileSecondDigit());
        }

        return problems.Count > 0
            ? ValidationOutcome<PhoneNumber>.Invalid(problems)
            : ValidationOutcome<PhoneNumber>.Valid(new PhoneNumber(national, PhoneNumberKind.Mobile));
    }

    private static ValidationOutcome<PhoneNumber> ValidateFixedLine(string national)
    {
        // The numbering plan, not where the caller put a hyphen, decides the split: 010 and 02x are
        // the only three-digit area codes, every other one has four digits.
        if (national.Length < 2 || national[1] == '0')
        {
            return ValidationOutcome<PhoneNumber>.Invalid([PhoneNumberProblems.AreaCode()]);
        }

        var areaCodeLength = national[1] is '1' or '2' ? 3 : 4;
        var subscriberLength = national.Length - areaCodeLength;
        if (subscriberLength is < 7 or > 8)
        {
            return ValidationOutcome<PhoneNumber>.Invalid([PhoneNumberProblems.SubscriberDigitCount()]);
        }

        var canonical = $"{national[..areaCodeLength]}-{national[areaCodeLength..]}";
        return ValidationOutcome<PhoneNumber>.Valid(new PhoneNumber(canonical, PhoneNumberKind.FixedLine));
    }
}
