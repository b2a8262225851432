using Volunteer.Contracts.Auth;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Teams;

/// <summary>Who may join a team in which role, and when a team becomes active.</summary>
public static class TeamRules
{
    private const string Subject = "volunteer.roster.v1.Team";

    /// <summary>Throws FAILED_PRECONDITION naming the first rule a joining breaks.</summary>
    public static void CheckJoin(Team team, StaffVolunteer volunteer, TeamRole role)
    {
        if (team.Status == TeamStatus.Disbanded)
        {
            throw Broken(team, "TEAM_DISBANDED", "该服务队已解散，不能再加入成员。");
        }

        if (role is TeamRole.Volunteer or TeamRole.Captain && volunteer.Vetting != VettingState.Approved)
        {
            throw Broken(team, "VOLUNTEER_NOT_APPROVED", "只有审核已通过的志愿者才能以队员或队长身份加入。");
        }

        if (!volunteer.UnionPath.StartsWith(team.UnionPath, StringComparison.Ordinal))
        {
            throw Broken(team, "OUTSIDE_TEAM_UNION", "成员须来自本队所属工会或其下级工会。");
        }

        if (role == TeamRole.Captain && team.CurrentMembers.Any(m => m.Role == TeamRole.Captain))
        {
            throw Broken(team, "TEAM_HAS_CAPTAIN", "本队已有队长，须原队长离队后才能任命新队长。");
        }
    }

    /// <summary>
    /// A captain manages the members of their own team (the edge checked it is theirs) but names no captain
    /// and removes none: that stays with the union's admins, who answer for the team.
    /// </summary>
    public static void CheckCaptainAuthority(PlatformCaller caller, TeamRole role)
    {
        if (caller.Role == PlatformRoles.TeamCaptain && role == TeamRole.Captain)
        {
            throw new AccessDeniedException("CAPTAIN_NAMED_BY_ADMIN", "队长由工会管理员任命或撤换，队长只能增减本队的队员和工会干部。");
        }
    }

    private static RuleBrokenException Broken(Team team, string type, string description) =>
        new RuleBrokenException(type, $"{Subject}/{team.Id}", description);

    /// <summary>
    /// A forming team with a captain, a union cadre and enough approved members is ready to serve: the program
    /// forms each 服务分队 of volunteers and union cadres (粤教工〔2018〕17号 三(一)).
    /// </summary>
    public static bool ShouldActivate(Team team, int minimumApprovedMembers) =>
        team.Status == TeamStatus.Forming
        && team.CurrentMembers.Any(m => m.Role == TeamRole.Captain)
        && team.CurrentMembers.Any(m => m.Role == TeamRole.UnionCadre)
        && team.CurrentMembers.Count(m => m.Approved && m.Role != TeamRole.UnionCadre) >= minimumApprovedMembers;
}
