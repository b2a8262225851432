using Google.Protobuf.WellKnownTypes;

namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>
/// Checks a client's google.protobuf.Timestamp before it is converted: a malformed one (seconds outside
/// years 0001..9999, nanos outside 0..999999999) would otherwise throw deep in the runtime and answer
/// INTERNAL. A domain range (years) keeps stored instants meaningful.
/// </summary>
public static class TimestampRules
{
    // 0001-01-01T00:00:00Z and 9999-12-31T23:59:59Z, the range the Timestamp type documents.
    private const long MinSeconds = -62_135_596_800;
    private const long MaxSeconds = 253_402_300_799;

    /// <summary>The instant, or null when absent (a violation when required) or invalid.</summary>
    public static DateTimeOffset? Instant(Timestamp? value, string field, FieldViolations violations,
        int fromYear = 1, int toYear = 9999, bool required = false)
    {
        if (value is null)
        {
            if (required)
            {
                violations.Add(field, FieldTexts.Required);
            }

            return null;
        }

        if (value.Seconds is < MinSeconds or > MaxSeconds || value.Nanos is < 0 or > 999_999_999)
        {
            violations.Add(field, "须为有效的时间戳（年份0001至9999，纳秒0至999999999）");
            return null;
        }

        var instant = value.ToDateTimeOffset();
        if (instant.Year < fromYear || instant.Year > toYear)
        {
            violations.Add(field, $"年份须在{fromYear}至{toYear}之间");
            return null;
        }

        return instant;
    }
}
