using Volunteer.Roster.Teams;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads a volunteer search: paging, subtree and filters, each unspecified one left out.</summary>
public static class VolunteerListValidation
{
    public static VolunteerListQuery List(Proto.ListStaffVolunteersRequest request)
    {
        var violations = new FieldViolations();
        FieldRules.OptionalText(request.Skill, VolunteerFieldValidation.SkillMaxLength, "skill", violations);
        var page = UnionScopedPage.Parse(request.PageSize, request.PageToken, request.UnionSubtreeOf, violations);
        var teamId = violations.Id(request.TeamId, "team_id", required: false);
        violations.ThrowIfAny();
        // A blank skill still filters (and finds no one), as any other skill no volunteer has.
        return new VolunteerListQuery(
            page,
            request.Skill.Length > 0 ? request.Skill.Trim() : null,
            request.Honour == Proto.HonourKind.Unspecified ? null : (HonourKind)request.Honour,
            request.VettingState == Proto.VettingState.Unspecified ? null : (VettingState)request.VettingState,
            teamId,
            request.TeamSpecialty == Proto.TeamSpecialty.Unspecified ? null : (TeamSpecialty)request.TeamSpecialty);
    }
}
