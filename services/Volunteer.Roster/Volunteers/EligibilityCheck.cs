using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Roster.Data;
using Volunteer.Roster.Teams;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// Whether volunteers may take part on a day: two queries for any number asked, never one per volunteer.
/// Only volunteers within the caller's reach are looked at (an admin's subtree, a captain's team members,
/// a volunteer themself); any other is answered exactly as an unknown one, so nothing about them leaks.
/// </summary>
public sealed class EligibilityCheck(RosterDbContext db, TimeProvider timeProvider)
{
    public const int MaxVolunteers = 500;

    public async Task<IReadOnlyList<Proto.VolunteerEligibility>> CheckAsync(
        Proto.CheckEligibilityRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        if (request.VolunteerIds.Count > MaxVolunteers)
        {
            violations.Add("volunteer_ids", $"must name 1 to {MaxVolunteers} volunteers").ThrowIfAny();
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
                violations.Add($"volunteer_ids[{index}]", "must be a volunteer id (UUID)");
            }
        }

        ids = [.. ids.Distinct()];
        if (ids.Count is 0 or > MaxVolunteers && violations.IsEmpty)
        {
            violations.Add("volunteer_ids", $"must name 1 to {MaxVolunteers} volunteers");
        }

        var teamId = violations.Id(request.TeamId, "team_id", required: false);

        var day = CampaignDays.Parse(request.Date, "date", CampaignClock.Today(timeProvider), violations);
        violations.ThrowIfAny();

        var volunteers = await Reachable(caller).Where(v => ids.Contains(v.Id))
            .Select(v => new { v.Id, v.Vetting, v.ParticipationConsentVersion, v.LicenceKind, v.LicenceValidUntil })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var reached = volunteers.Keys.ToList();
        var members = teamId is null ? [] : await db.Teams.Where(t => t.Id == teamId)
            .SelectMany(t => t.Memberships)
            .Where(m => reached.Contains(m.VolunteerId) && m.JoinedOn <= day && (m.LeftOn == null || m.LeftOn >= day))
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

    private IQueryable<StaffVolunteer> Reachable(PlatformCaller caller)
    {
        var volunteers = db.Volunteers.AsNoTracking();
        var self = Guid.TryParse(caller.Subject, out var person) ? person : Guid.Empty;
        var own = "/" + (Guid.TryParse(caller.UnionId, out var union) ? union : Guid.Empty).ToString("N") + "/";
        var ledTeams = db.Teams.SelectMany(t => t.Memberships)
            .Where(m => m.VolunteerId == self && m.LeftOn == null && m.Role == TeamRole.Captain).Select(m => m.TeamId);
        return caller.Role switch
        {
            PlatformRoles.ProvincialAdmin => volunteers,
            PlatformRoles.UnionAdmin => volunteers.Where(v => v.UnionPath.Contains(own)),
            PlatformRoles.TeamCaptain => volunteers.Where(v => v.Id == self || db.Teams.SelectMany(t => t.Memberships)
                .Any(m => m.VolunteerId == v.Id && m.LeftOn == null && ledTeams.Contains(m.TeamId))),
            _ => volunteers.Where(v => v.Id == self),
        };
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
