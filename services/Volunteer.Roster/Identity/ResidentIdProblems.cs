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
        new(Required, "请填写18位居民身份证号码");

    internal static ValidationProblem Length(int actual) =>
        new(WrongLength, $"身份证号码应为18位，当前为{actual}位");

    internal static ValidationProblem Digits() =>
        new(NonDigit, "身份证号码前17位须为数字，最后一位为数字或X");

    internal static ValidationProblem Province() =>
        new(UnknownProvince, "身份证号码前两位须为省级行政区划代码（如广东为44）");

    internal static ValidationProblem NotADate() =>
        new(BirthDateNotADate, "身份证号码第7至14位须为有效的出生日期（YYYYMMDD）");

    internal static ValidationProblem InFuture() =>
        new(BirthDateInFuture, "身份证号码中的出生日期晚于今天");

    internal static ValidationProblem TooEarly(DateOnly earliest) =>
        new(BirthDateTooEarly, $"身份证号码中的出生日期早于{earliest:yyyy-MM-dd}");

    internal static ValidationProblem CheckDigit(char expected) =>
        new(CheckDigitMismatch, $"校验位应为{expected}，其他位可能输入有误");

    internal static ValidationProblem BirthDateDisagrees() =>
        new(BirthDateMismatch, "出生日期与身份证号码不一致");

    internal static ValidationProblem GenderDisagrees() =>
        new(GenderMismatch, "性别与身份证号码不一致（第17位奇数为男，偶数为女）");
}
