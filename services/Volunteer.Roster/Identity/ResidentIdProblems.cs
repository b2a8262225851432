using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Identity;

/// <summary>Codes a client can rely on when a resident identity card number is rejected.</summary>
public static class ResidentIdProblems
{
    public const string Required = "ID_NUMBER_REQUIRED";
    public const string WrongLength = "ID_NUMBER_LENGTH";
    public const string NonDigit = "ID_NUMBER_NON_DIGIT";
    public const string UnknownProvince = "ID_NUMBER_PROVINCE_UNKNOWN";
    public const string BirthDateNotADate = "ID_NUMBER_BIRTH_DATE_INVALID";
    public const string BirthDateInFuture = "ID_NUMBER_BIRTH_DATE_IN_FUTURE";
    public const string BirthDateTooEarly = "ID_NUMBER_BIRTH_DATE_TOO_EARLY";
    public const string CheckDigitMismatch = "CHECK_DIGIT_MISMATCH";
    public const string BirthDateMismatch = "BIRTH_DATE_MISMATCH";
    public const string GenderMismatch = "GENDER_MISMATCH";

    internal static ValidationProblem MissingValue() =>
        new(Required, "an 18-character resident identity card number is required");

    internal static ValidationProblem Length(int actual) =>
        new(WrongLength, $"the number must have 18 characters, but has {actual}");

    internal static ValidationProblem Digits() =>
        new(NonDigit, "the first 17 characters must be digits and the last a digit or X");

    internal static ValidationProblem Province() =>
        new(UnknownProvince, "the first two digits must be a province-level region code (for example 44 for Guangdong)");

    internal static ValidationProblem NotADate() =>
        new(BirthDateNotADate, "characters 7 to 14 must be a real birth date written YYYYMMDD");

    internal static ValidationProblem InFuture() =>
        new(BirthDateInFuture, "the birth date in characters 7 to 14 is later than today");

    internal static ValidationProblem TooEarly(DateOnly earliest) =>
        new(BirthDateTooEarly, $"the birth date in characters 7 to 14 is before {earliest:yyyy-MM-dd}");

    internal static ValidationProblem CheckDigit(char expected) =>
        new(CheckDigitMismatch, $"the last character should be {expected}; one of the other characters was probably mistyped");

    internal static ValidationProblem BirthDateDisagrees() =>
        new(BirthDateMismatch, "the birth date given does not match characters 7 to 14 of the identity card number");

    internal static ValidationProblem GenderDisagrees() =>
        new(GenderMismatch, "the gender given does not match the identity card number (17th character odd for male, even for female)");
}
