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
        new(Required, "请填写联系电话");

    internal static ValidationProblem Characters() =>
        new(InvalidCharacters, "电话号码只能包含数字、空格、连字符和开头的+86");

    internal static ValidationProblem CountryCode() =>
        new(ForeignCountryCode, "仅支持中国大陆号码，国家代码须为+86");

    internal static ValidationProblem NeitherMobileNorFixedLine() =>
        new(Unrecognized, "手机号码以1开头，固定电话以区号开头（如020）");

    internal static ValidationProblem MobileDigitCount(int actual) =>
        new(MobileLength, $"手机号码应为11位，当前为{actual}位");

    internal static ValidationProblem MobileSecondDigit() =>
        new(MobilePrefix, "手机号码须以13至19开头");

    internal static ValidationProblem AreaCode() =>
        new(AreaCodeInvalid, "区号须以0开头、第二位为1至9，如020或0755");

    internal static ValidationProblem SubscriberDigitCount() =>
        new(SubscriberLength, "固定电话区号后应为7或8位");
}
