namespace Volunteer.Roster.Teams;

/// <summary>One stretch of a volunteer's membership of a team.</summary>
public sealed class TeamMembership
{
    public long Id { get; init; }

    public Guid TeamId { get; init; }

    public Guid VolunteerId { get; init; }

    /// <summary>Copied at joining for display; the roster's volunteers keep the authoritative name.</summary>
    public required string VolunteerName { get; init; }

    public TeamRole Role { get; init; }

    /// <summary>Whether the volunteer's vetting was approved when they joined.</summary>
    public bool Approved { get; init; }

    public DateOnly JoinedOn { get; init; }

    public DateOnly? LeftOn { get; set; }
}
