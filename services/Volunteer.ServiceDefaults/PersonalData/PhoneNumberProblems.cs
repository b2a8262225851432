namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>Codes a client can rely on when a phone number is rejected.</summary>
public static class PhoneNumberProblems
{
    public const string Required = "PHONE_REQUIRED";
    public const string InvalidCharacters = "PHONE_INVALID_CHARACTERS";
    public const string ForeignCountryCode = "PHONE_COUNTRY_CODE";
    public const string Unrecognized = "PHONE_UNRECOGNIZED";
    public const string MobileLength = "MOBILE_LENGTH";
    public const string MobilePrefix = "MOBILE_PREFIX";
    public const string AreaCodeInvalid = "AREA_CODE_INVALID";
    public const string SubscriberLength = "FIXED_LINE_LENGTH";

    internal static ValidationProblem MissingValue() =>
        new(Required, "a phone number is required");

    internal static ValidationProblem Characters() =>
        new(InvalidCharacters, "use only digits, spaces, hyphens and an optional leading +86");

    internal static ValidationProblem CountryCode() =>
        new(ForeignCountryCode, "only mainland China numbers are accepted; the country code, if given, must be +86");

    internal static ValidationProblem NeitherMobileNorFixedLine() =>
        new(Unrecognized, "a mobile number starts with 1; a fixed-line number starts with its area code, such as 020");

    internal static ValidationProblem MobileDigitCount(int actual) =>
        new(MobileLength, $"a mobile number has 11 digits, but this has {actual}");

    internal static ValidationProblem MobileSecondDigit() =>
        new(MobilePrefix, "a mobile number starts with 13 to 19");

    internal static ValidationProblem AreaCode() =>
        new(AreaCodeInvalid, "the area code must start with 0 followed by 1 to 9, such as 020 or 0755");

    internal static ValidationProblem SubscriberDigitCount() =>
        new(SubscriberLength, "a fixed-line number has 7 or 8 digits after the area code");
}
