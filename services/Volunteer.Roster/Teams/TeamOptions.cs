namespace Volunteer.Roster.Teams;

/// <summary>Team rules the province may tune, bound from "Roster:Teams".</summary>
public sealed class TeamOptions
{
    public const string SectionName = "Roster:Teams";

    /// <summary>Approved members (captain included) a team needs, with its captain, to become active.</summary>
    public int MinimumApprovedMembers { get; set; } = 3;
}
