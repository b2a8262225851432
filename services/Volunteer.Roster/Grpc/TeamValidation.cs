using Volunteer.Roster.Data;
using Volunteer.Roster.Teams;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads team requests into checked values, naming every bad field at once.</summary>
public static class TeamValidation
{
    private static readonly string[] Renamable = ["name"];

    public static NewTeam Create(Proto.CreateTeamRequest request)
    {
        var violations = new FieldViolations();
        var requestId = RequestIds.Check(request.RequestId, violations);
        var unionId = violations.Id(request.UnionId, "union_id");
        UnionRules.CheckName(request.Name, violations);
        if (request.Specialty == Proto.TeamSpecialty.Unspecified
            || !Enum.IsDefined((TeamSpecialty)request.Specialty))
        {
            violations.Add("specialty", FieldTexts.Required);
        }

        violations.ThrowIfAny();
        return new NewTeam(requestId, unionId!.Value, request.Name.Trim(), (TeamSpecialty)request.Specialty);
    }

    // An empty day means today, in the campaign's time zone.
    public static MemberJoining Join(Proto.AddTeamMemberRequest request, DateOnly today)
    {
        var violations = new FieldViolations();
        var teamId = violations.Id(request.TeamId, "team_id");
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        if (request.Role == Proto.TeamRole.Unspecified || !Enum.IsDefined((TeamRole)request.Role))
        {
            violations.Add("role", "必填：队长、工会干部或队员");
        }

        var joinedOn = CampaignDays.Parse(request.JoinedOn, "joined_on", today, violations);
        violations.ThrowIfAny();
        return new MemberJoining(teamId!.Value, volunteerId!.Value, (TeamRole)request.Role, joinedOn);
    }

    public static MemberLeaving Leave(Proto.RemoveTeamMemberRequest request, DateOnly today)
    {
        var violations = new FieldViolations();
        var teamId = violations.Id(request.TeamId, "team_id");
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id");
        var leftOn = CampaignDays.Parse(request.LeftOn, "left_on", today, violations);
        violations.ThrowIfAny();
        return new MemberLeaving(teamId!.Value, volunteerId!.Value, leftOn);
    }

    public static (Guid TeamId, string Name) Rename(Proto.UpdateTeamRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.Team?.Id ?? "", "team.id");
        var paths = UpdateMasks.Paths(request.UpdateMask, Renamable, Renamable, violations);
        if (paths.Contains("name"))
        {
            UnionRules.CheckName(request.Team?.Name ?? "", violations, "team.name");
        }

        violations.ThrowIfAny();
        return (id!.Value, request.Team!.Name.Trim());
    }

    public static TeamListQuery List(Proto.ListTeamsRequest request)
    {
        var violations = new FieldViolations();
        var page = UnionScopedPage.Parse(request.PageSize, request.PageToken, request.UnionSubtreeOf, violations);
        violations.ThrowIfAny();
        return new TeamListQuery(page,
            request.Status == Proto.TeamStatus.Unspecified ? null : (TeamStatus)request.Status);
    }
}
