using System.Globalization;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity;

/// <summary>Field checks the activity requests share.</summary>
internal static class FieldRules
{
    public static void RequireText(string value, int maxLength, string field, FieldViolations violations)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            violations.Add(field, "is required");
        }
        else if (value.Trim().Length > maxLength)
        {
            violations.Add(field, $"must be at most {maxLength} characters");
        }
    }

    public static void OptionalText(string value, int maxLength, string field, FieldViolations violations)
    {
        if (value.Trim().Length > maxLength)
        {
            violations.Add(field, $"must be at most {maxLength} characters");
        }
    }

    /// <summary>The trimmed text, or null for an empty or blank field.</summary>
    public static string? Trimmed(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();

    /// <summary>A six-digit GB/T 2260 region code.</summary>
    public static void RegionCode(string value, string field, FieldViolations violations)
    {
        if (value.Length != 6 || !value.All(char.IsAsciiDigit))
        {
            violations.Add(field, "must be a six-digit GB/T 2260 region code");
        }
    }

    /// <summary>A decimal written with a dot ("3500.00"); empty is zero when allowed.</summary>
    public static decimal Decimal(string value, string field, FieldViolations violations, decimal minimum = 0, bool allowEmpty = false)
    {
        if (value.Length == 0 && allowEmpty)
        {
            return 0;
        }

        if (!decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var amount) || amount < minimum)
        {
            violations.Add(field, minimum > 0 ? "must be a positive decimal such as \"20\" or \"3500.00\"" : "must be a decimal not below zero, such as \"3500.00\"");
            return 0;
        }

        return amount;
    }

    public static bool IsDefined<TEnum>(int value) where TEnum : struct, Enum => value != 0 && Enum.IsDefined(typeof(TEnum), value);
}
