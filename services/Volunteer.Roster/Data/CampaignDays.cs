using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Data;

/// <summary>A day the campaign's records can be about (memberships, eligibility): 2000 to 2100.</summary>
public static class CampaignDays
{
    public static readonly DateOnly Earliest = new(2000, 1, 1);
    public static readonly DateOnly Latest = new(2100, 12, 31);

    /// <summary>The day written YYYY-MM-DD, or today when empty; a day outside the range is a violation.</summary>
    public static DateOnly Parse(string value, string field, DateOnly today, FieldViolations violations)
    {
        var day = CampaignClock.ParseDate(value, field, violations) ?? today;
        if (day < Earliest || day > Latest)
        {
            violations.Add(field, FieldTexts.Between($"{Earliest:yyyy-MM-dd}", $"{Latest:yyyy-MM-dd}"));
        }

        return day;
    }
}
