using Microsoft.EntityFrameworkCore;
using Volunteer.Roster.Data;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// Finds volunteers in the caller's scope by union subtree, skill, honour, vetting state, team and team
/// specialty, a page at a time in registration order (ids are time-ordered UUIDs, so the id is the keyset).
/// </summary>
public sealed class VolunteerSearch(RosterDbContext db)
{
    public async Task<(IReadOnlyList<StaffVolunteer> Page, string NextPageToken)> ListAsync(
        Proto.ListStaffVolunteersRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var violations = new FieldViolations();
        FieldRules.OptionalText(request.Skill, RegistrationRules.SkillMaxLength, "skill", violations);
        var page = UnionScopedPage.Parse(request.PageSize, request.PageToken, request.UnionSubtreeOf, violations);
        var teamId = violations.Id(request.TeamId, "team_id", required: false);

        violations.ThrowIfAny();
        IQueryable<StaffVolunteer> volunteers = db.Volunteers.AsNoTracking().Include(v => v.Honours).AsSplitQuery();
        volunteers = await page.FilterAsync(volunteers, caller, db, cancellationToken);
        if (request.Skill.Length > 0)
        {
            volunteers = volunteers.Where(v => v.Skills.Contains(request.Skill.Trim()));
        }

        if (request.Honour != Proto.HonourKind.Unspecified)
        {
            var honour = (HonourKind)request.Honour;
            volunteers = volunteers.Where(v => v.Honours.Any(h => h.Kind == honour));
        }

        if (request.VettingState != Proto.VettingState.Unspecified)
        {
            var state = (VettingState)request.VettingState;
            volunteers = volunteers.Where(v => v.Vetting == state);
        }

        // Membership filters as EXISTS subqueries: one query, no per-volunteer lookups.
        var memberships = db.Teams.SelectMany(t => t.Memberships, (t, m) => new { t.Id, t.Specialty, m.VolunteerId, m.LeftOn })
            .Where(m => m.LeftOn == null);
        if (teamId is not null)
        {
            volunteers = volunteers.Where(v => memberships.Any(m => m.Id == teamId && m.VolunteerId == v.Id));
        }

        if (request.TeamSpecialty != Proto.TeamSpecialty.Unspecified)
        {
            var specialty = (Teams.TeamSpecialty)request.TeamSpecialty;
            volunteers = volunteers.Where(v => memberships.Any(m => m.Specialty == specialty && m.VolunteerId == v.Id));
        }

        return await page.ReadAsync(volunteers, cancellationToken);
    }
}
