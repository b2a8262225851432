using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Volunteers;

/// <summary>Whether volunteers may take part on a day: two queries for any number asked, never one per volunteer.</summary>
public sealed class EligibilityCheck(RosterDbContext db, TimeProvider timeProvider)
{
    public const int MaxVolunteers = 500;

    public async Task<IReadOnlyList<Proto.VolunteerEligibility>> CheckAsync(Proto.CheckEligibilityRequest request, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        var ids = new List<Guid>();
        foreach (var (value, index) in request.VolunteerIds.Select((v, i) => (v, i)))
        {
            if (Guid.TryParse(value, out var id))
            {
                ids.Add(id);
            }
            else
            {
                violations.Add($"volunteer_ids[{index}]", "must be a volunteer id (UUID)");
            }
        }

        ids = [.. ids.Distinct()];
        if (ids.Count is 0 or > MaxVolunteers && violations.IsEmpty)
        {
            violations.Add("volunteer_ids", $"must name 1 to {MaxVolunteers} volunteers");
        }

        var teamId = violations.Id(request.TeamId, "team_id", required: false);

        var day = CampaignClock.ParseDate(request.Date, "date", violations) ?? CampaignClock.Today(timeProvider);
        violations.ThrowIfAny();

        var volunteers = await db.Volunteers.AsNoTracking().Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.Vetting, v.ParticipationConsentVersion, v.LicenceKind, v.LicenceValidUntil })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var members = teamId is null ? [] : await db.Teams.Where(t => t.Id == teamId)
            .SelectMany(t => t.Memberships)
            .Where(m => ids.Contains(m.VolunteerId) && m.JoinedOn <= day && (m.LeftOn == null || m.LeftOn >= day))
            .Select(m => m.VolunteerId)
            .ToHashSetAsync(cancellationToken);

        return [.. ids.Select(id =>
        {
            var answer = new Proto.VolunteerEligibility { VolunteerId = id.ToString(), TeamMember = teamId is null || members.Contains(id) };
            if (volunteers.TryGetValue(id, out var v))
            {
                answer.Exists = true;
                answer.Approved = v.Vetting == VettingState.Approved;
                answer.Consented = v.ParticipationConsentVersion.Length > 0;
                answer.LicenceKind = v.LicenceKind ?? "";
                answer.LicenceValid = v.LicenceKind is not null && (v.LicenceValidUntil is null || v.LicenceValidUntil >= day);
            }

            answer.Reasons.AddRange(Reasons(answer));
            answer.Eligible = answer.Reasons.Count == 0;
            return answer;
        })];
    }

    private static IEnumerable<string> Reasons(Proto.VolunteerEligibility answer)
    {
        if (!answer.Exists)
        {
            yield return "NOT_FOUND";
            yield break;
        }

        if (!answer.Approved)
        {
            yield return "NOT_APPROVED";
        }

        if (!answer.Consented)
        {
            yield return "NO_CONSENT";
        }

        if (!answer.TeamMember)
        {
            yield return "NOT_TEAM_MEMBER";
        }
    }
}
