using System.Globalization;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Field checks every service's requests share. Each adds a violation naming the field when the value
/// is bad and, where useful, returns the value to store, so one pass collects every problem.
/// </summary>
public static class FieldRules
{
    /// <summary>The trimmed text; blank is a violation when required.</summary>
    public static string Text(string value, int maxLength, string field, FieldViolations violations, bool required = true)
    {
        var trimmed = value.Trim();
        if (trimmed.Length == 0 && required)
        {
            violations.Add(field, FieldTexts.Required);
        }
        else if (trimmed.Length > maxLength)
        {
            violations.Add(field, FieldTexts.AtMostCharacters(maxLength));
        }

        return trimmed;
    }

    public static void RequireText(string value, int maxLength, string field, FieldViolations violations) =>
        Text(value, maxLength, field, violations);

    public static void OptionalText(string value, int maxLength, string field, FieldViolations violations) =>
        Text(value, maxLength, field, violations, required: false);

    /// <summary>The trimmed text, or null for an empty or blank field (stored as absent).</summary>
    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A day "YYYY-MM-DD"; null when empty (a violation when required) or malformed.</summary>
    public static DateOnly? Day(string value, string field, FieldViolations violations, bool required = true)
    {
        if (value.Length == 0 && required)
        {
            violations.Add(field, FieldTexts.Required);
        }

        return CampaignClock.ParseDate(value, field, violations);
    }

    /// <summary>A six-digit GB/T 2260 region code.</summary>
    public static void RegionCode(string value, string field, FieldViolations violations)
    {
        if (value.Length != 6 || !value.All(char.IsAsciiDigit))
        {
            violations.Add(field, FieldTexts.RegionCode);
        }
    }

    /// <summary>
    /// An amount or quantity written as text with a dot and at most two decimals ("20", "3500.00"), since
    /// protobuf has no decimal type; empty is zero when allowed.
    /// </summary>
    public static decimal Decimal(string value, string field, FieldViolations violations, decimal minimum = 0, bool allowEmpty = false)
    {
        if (value.Length == 0 && allowEmpty)
        {
            return 0;
        }

        if (decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount)
            && amount >= minimum && amount.Scale <= 2 && amount < 1_000_000_000_000m)
        {
            return amount;
        }

        violations.Add(field, minimum > 0
            ? "须为大于0的数，最多两位小数，如“20”或“3500.00”"
            : "须为不小于0的数，最多两位小数，如“0”或“3500.00”");
        return 0;
    }

    /// <summary>Ids of a repeated field, each named by its index; repeats are violations too.</summary>
    public static List<Guid> Ids(IReadOnlyList<string> values, string field, int max, FieldViolations violations)
    {
        if (values.Count > max)
        {
            violations.Add(field, FieldTexts.AtMostIds(max));
        }

        var ids = new List<Guid>();
        for (var i = 0; i < values.Count; i++)
        {
            if (violations.Id(values[i], $"{field}[{i}]") is not { } id)
            {
                continue;
            }

            if (ids.Contains(id))
            {
                violations.Add($"{field}[{i}]", FieldTexts.RepeatedId);
            }
            else
            {
                ids.Add(id);
            }
        }

        return ids;
    }

    /// <summary>Whether a proto enum value names a real choice (not UNSPECIFIED, not unknown).</summary>
    public static bool IsDefined<TEnum>(int value) where TEnum : struct, Enum => value != 0 && Enum.IsDefined(typeof(TEnum), value);
}
