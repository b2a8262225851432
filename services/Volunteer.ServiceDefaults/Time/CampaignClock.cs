using System.Globalization;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.ServiceDefaults.Time;

/// <summary>Dates are the campaign's dates, in China Standard Time, whatever the server's zone.</summary>
public static class CampaignClock
{
    /// <summary>Asia/Shanghai: the zone every campaign day, check-in time and deadline is read in.</summary>
    public static TimeZoneInfo Zone { get; } = TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai");

    public static DateOnly Today(TimeProvider timeProvider) => DayOf(timeProvider.GetUtcNow());

    /// <summary>The campaign day on which the moment falls.</summary>
    public static DateOnly DayOf(DateTimeOffset moment) =>
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(moment, Zone).DateTime);

    /// <summary>A day written YYYY-MM-DD; null when empty, or when malformed (then a violation is added).</summary>
    public static DateOnly? ParseDate(string value, string field, FieldViolations violations)
    {
        if (value.Length == 0)
        {
            return null;
        }

        if (DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        violations.Add(field, FieldTexts.Date);
        return null;
    }
}
