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
                violations.Add(field, "is required");
            }

            return null;
        }

        if (value.Seconds is < MinSeconds or > MaxSeconds || value.Nanos is < 0 or > 999_999_999)
        {
            violations.Add(field, "must be a valid timestamp (years 0001 to 9999, nanos 0 to 999999999)");
            return null;
        }

        var instant = value.ToDateTimeOffset();
        if (instant.Year < fromYear || instant.Year > toYear)
        {
            violations.Add(field, $"must be within the years {fromYear} to {toYear}");
            return null;
        }

        return instant;
    }
}
