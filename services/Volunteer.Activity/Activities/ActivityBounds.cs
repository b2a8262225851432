using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Activity.Activities;

/// <summary>
/// The limits a request of this service keeps (each documented on its proto field): a stored activity,
/// need or outcome stays small enough for every list page that carries it, and dates stay in a range
/// where the campaign calendar and its deadlines can be computed.
/// </summary>
public static class ActivityBounds
{
    public const int FirstYear = 2000;
    public const int LastYear = 2100;

    /// <summary>An activity (or a need's wished period) spans at most a year, leap day included.</summary>
    public const int MaxSpanDays = 366;

    /// <summary>Travel before and after an activity, in days.</summary>
    public const int MaxTravelDays = 30;

    public const int MaxNeedSkills = 20;
    public const int MaxOutcomeLines = 100;
    public const int MaxBeneficiaries = 10_000_000;
    public const int MaxAmountLength = 20;

    /// <summary>A day "YYYY-MM-DD" in FirstYear..LastYear; null when empty (a violation if required) or bad.</summary>
    public static DateOnly? Day(string value, string field, FieldViolations violations, bool required = false)
    {
        var day = required
            ? FieldRules.Day(value, field, violations)
            : CampaignClock.ParseDate(value, field, violations);
        if (day is { Year: < FirstYear or > LastYear })
        {
            violations.Add(field, $"须为{FirstYear}至{LastYear}年之间的日期");
            return null;
        }

        return day;
    }

    /// <summary>A span of at most <see cref="MaxSpanDays"/> days, the later end named when it is longer.</summary>
    public static void Span(DateOnly? from, DateOnly? to, string toField, FieldViolations violations)
    {
        if (from is { } start && to is { } end && end.DayNumber - start.DayNumber >= MaxSpanDays)
        {
            violations.Add(toField, $"须在开始日期后{MaxSpanDays}天之内");
        }
    }

    /// <summary>A repeated field of at most <paramref name="max"/> entries.</summary>
    public static bool Count<T>(IReadOnlyCollection<T> values, int max, string field, FieldViolations violations)
    {
        if (values.Count <= max)
        {
            return true;
        }

        violations.Add(field, FieldTexts.AtMostEntries(max));
        return false;
    }

    /// <summary>An amount or quantity as text (see <see cref="FieldRules.Decimal"/>), at most 20 characters.</summary>
    public static decimal Amount(
        string value, string field, FieldViolations violations, decimal minimum = 0, bool allowEmpty = false)
    {
        if (value.Length <= MaxAmountLength)
        {
            return FieldRules.Decimal(value, field, violations, minimum, allowEmpty);
        }

        violations.Add(field, FieldTexts.AtMostCharacters(MaxAmountLength));
        return 0;
    }
}
