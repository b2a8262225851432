using Google.Protobuf.WellKnownTypes;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Grpc;

/// <summary>
/// When a consent was given: a real Timestamp (a malformed one would fail the conversion, not the
/// caller), during the platform's life and not after today in the campaign's time zone.
/// </summary>
public static class ConsentTime
{
    private static readonly DateTimeOffset Earliest = new(2000, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static DateTimeOffset? Check(Timestamp? given, string field, DateOnly today, FieldViolations violations)
    {
        if (given is null)
        {
            violations.Add(field, FieldTexts.Required);
            return null;
        }

        var latest = new DateTimeOffset(today.AddDays(2).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
        if (given.Nanos is < 0 or > 999_999_999
            || given.Seconds < Earliest.ToUnixTimeSeconds() || given.Seconds >= latest.ToUnixTimeSeconds())
        {
            violations.Add(field, $"须为{Earliest:yyyy-MM-dd}至今天之间的有效时间");
            return null;
        }

        return given.ToDateTimeOffset();
    }
}
