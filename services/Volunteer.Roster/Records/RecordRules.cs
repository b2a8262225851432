using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Records;

internal static class RecordRules
{
    // Staff of working age in the campaign were trained and honoured from the mid-century on at the earliest.
    private static readonly DateOnly Earliest = new(1950, 1, 1);

    /// <summary>A required day that has happened: records are of what took place.</summary>
    public static DateOnly PastDate(string value, string field, DateOnly today, FieldViolations violations)
    {
        var date = CampaignClock.ParseDate(value, field, violations);
        if (value.Length == 0)
        {
            violations.Add(field, FieldTexts.RequiredDate);
        }
        else if (date > today)
        {
            violations.Add(field, FieldTexts.NotInFuture);
        }
        else if (date < Earliest)
        {
            violations.Add(field, FieldTexts.NotBefore($"{Earliest:yyyy-MM-dd}"));
        }

        return date ?? default;
    }
}
