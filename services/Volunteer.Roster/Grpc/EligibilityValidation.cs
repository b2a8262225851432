using Volunteer.Roster.Data;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads an eligibility question: a bounded list of volunteer ids, an optional team and a day.</summary>
public static class EligibilityValidation
{
    public const int MaxVolunteers = 500;

    // An empty day means today, in the campaign's time zone.
    public static EligibilityQuestion Check(Proto.CheckEligibilityRequest request, DateOnly today)
    {
        var violations = new FieldViolations();
        if (request.VolunteerIds.Count > MaxVolunteers)
        {
            violations.Add("volunteer_ids", $"须列出1至{MaxVolunteers}名志愿者").ThrowIfAny();
        }

        var ids = new List<Guid>();
        foreach (var (value, index) in request.VolunteerIds.Select((v, i) => (v, i)))
        {
            if (Guid.TryParse(value, out var id))
            {
                ids.Add(id);
            }
            else
            {
                violations.Add($"volunteer_ids[{index}]", "须为有效的志愿者编号（UUID）");
            }
        }

        ids = [.. ids.Distinct()];
        if (ids.Count is 0 or > MaxVolunteers && violations.IsEmpty)
        {
            violations.Add("volunteer_ids", $"须列出1至{MaxVolunteers}名志愿者");
        }

        var teamId = violations.Id(request.TeamId, "team_id", required: false);
        var day = CampaignDays.Parse(request.Date, "date", today, violations);
        violations.ThrowIfAny();
        return new EligibilityQuestion(ids, teamId, day);
    }
}
