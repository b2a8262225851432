using Microsoft.EntityFrameworkCore;
using Volunteer.Contracts.Auth;
using Volunteer.Roster.Data;
using Volunteer.Roster.Teams;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// Whether volunteers may take part on a day: two queries for any number asked, never one per volunteer.
/// Only volunteers within the caller's reach are looked at (an admin's subtree, a captain's team members,
/// a volunteer themself); any other is answered exactly as an unknown one, so nothing about them leaks.
/// </summary>
public sealed class EligibilityCheck(RosterDbContext db)
{
    public async Task<IReadOnlyList<VolunteerEligibility>> CheckAsync(
        EligibilityQuestion question, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var (ids, teamId, day) = (question.VolunteerIds, question.TeamId, question.Day);
        var volunteers = await Reachable(caller).Where(v => ids.Contains(v.Id))
            .Select(v => new
            {
                v.Id, v.Vetting, v.ParticipationConsentVersion, v.ConsentWithdrawnAt, v.LicenceKind, v.LicenceValidUntil,
                v.LicenceMedical,
            })
            .ToDictionaryAsync(v => v.Id, cancellationToken);
        var reached = volunteers.Keys.ToList();
        var members = teamId is null ? [] : await db.Teams.Where(t => t.Id == teamId)
            .SelectMany(t => t.Memberships)
            .Where(m => reached.Contains(m.VolunteerId) && m.JoinedOn <= day && (m.LeftOn == null || m.LeftOn >= day))
            .Select(m => m.VolunteerId)
            .ToHashSetAsync(cancellationToken);

        return [.. ids.Select(id =>
        {
            var teamMember = teamId is null || members.Contains(id);
            if (!volunteers.TryGetValue(id, out var v))
            {
                return new VolunteerEligibility(id, false, false, false, "", false, false, teamMember, ["NOT_FOUND"]);
            }

            var approved = v.Vetting == VettingState.Approved;
            // A withdrawn consent ends taking part in new activities (PIPL Art. 15).
            var consented = v.ParticipationConsentVersion.Length > 0 && v.ConsentWithdrawnAt is null;
            var licenceValid = v.LicenceKind is not null && (v.LicenceValidUntil is null || v.LicenceValidUntil >= day);
            return new VolunteerEligibility(id, true, approved, consented, v.LicenceKind ?? "", licenceValid,
                licenceValid && v.LicenceMedical, teamMember, [.. Reasons(v.Vetting, consented, teamMember)]);
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

    private static IEnumerable<string> Reasons(VettingState vetting, bool consented, bool teamMember)
    {
        if (vetting == VettingState.Revoked)
        {
            yield return "VETTING_REVOKED";
        }
        else if (vetting != VettingState.Approved)
        {
            yield return "NOT_APPROVED";
        }

        if (!consented)
        {
            yield return "NO_CONSENT";
        }

        if (!teamMember)
        {
            yield return "NOT_TEAM_MEMBER";
        }
    }
}
