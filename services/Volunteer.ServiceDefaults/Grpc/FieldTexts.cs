namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Field-violation descriptions several services write, in the Chinese a union office reads, so one
/// sentence has one wording everywhere (the field path beside it stays English).
/// </summary>
public static class FieldTexts
{
    public const string Required = "必填";

    public const string NotNegative = "不能为负数";

    public const string NotInFuture = "不能晚于今天";

    public const string Date = "须为YYYY-MM-DD格式的日期";

    public const string RequiredDate = "必填，格式为YYYY-MM-DD";

    public const string Id = "须为有效的编号（UUID）";

    public const string RepeatedId = "与前面的编号重复";

    public const string RegionCode = "须为6位行政区划代码（GB/T 2260）";

    public const string UnknownPageToken = "不是本列表返回的翻页标记，请不带该标记重新查询";

    public static string AtMostCharacters(int max) => $"最多{max}个字符";

    public static string AtMostIds(int max) => $"最多{max}个编号";

    public static string AtMostEntries(int max) => $"最多{max}项";

    public static string NotBefore(string other) => $"不能早于{other}";

    public static string Between(object low, object high) => $"须在{low}至{high}之间";
}
