namespace Volunteer.Roster.Teams;

internal static class TeamRoleNames
{
    /// <summary>The event's role names, stable across renames of the enum.</summary>
    public static string EventName(this TeamRole role) => role switch
    {
        TeamRole.Captain => "captain",
        TeamRole.UnionCadre => "union-cadre",
        _ => "volunteer",
    };
}
