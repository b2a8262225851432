using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Records;

internal static class RecordRules
{
    /// <summary>A required day that has happened: records are of what took place.</summary>
    public static DateOnly PastDate(string value, string field, DateOnly today, FieldViolations violations)
    {
        var date = CampaignClock.ParseDate(value, field, violations);
        if (value.Length == 0)
        {
            violations.Add(field, "is required (YYYY-MM-DD)");
        }
        else if (date > today)
        {
            violations.Add(field, "must not be in the future");
        }

        return date ?? default;
    }
}
