namespace Volunteer.Activity.Teams;

/// <summary>The words roster's team events use.</summary>
public static class TeamStatuses
{
    public const string Forming = "forming";
    public const string Active = "active";
    public const string Disbanded = "disbanded";
    public const string CaptainRole = "captain";

    public const string UnionCadreRole = "union-cadre";
}
