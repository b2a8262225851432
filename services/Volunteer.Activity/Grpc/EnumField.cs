using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Grpc;

/// <summary>A proto enum field read as the domain enum numbered like it.</summary>
internal static class EnumField
{
    /// <summary>The value as <typeparamref name="TEnum"/>; a violation when unspecified or unknown.</summary>
    public static TEnum Required<TEnum>(int value, string field, FieldViolations violations)
        where TEnum : struct, Enum
    {
        if (!FieldRules.IsDefined<TEnum>(value))
        {
            violations.Add(field, "必填：须为所列选项之一");
        }

        return (TEnum)(object)value;
    }

    /// <summary>Null when unspecified (a filter that does not narrow); a violation when unknown.</summary>
    public static TEnum? Optional<TEnum>(int value, string field, FieldViolations violations)
        where TEnum : struct, Enum
    {
        if (value == 0)
        {
            return null;
        }

        if (!FieldRules.IsDefined<TEnum>(value))
        {
            violations.Add(field, "须为所列选项之一");
        }

        return (TEnum)(object)value;
    }
}
