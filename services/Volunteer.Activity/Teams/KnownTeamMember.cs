namespace Volunteer.Activity.Teams;

/// <summary>One membership as roster announced it; a volunteer who rejoins gets a new row.</summary>
public sealed class KnownTeamMember
{
    public long Id { get; init; }

    public Guid TeamId { get; init; }

    public Guid VolunteerId { get; init; }

    /// <summary>captain, union-cadre or volunteer.</summary>
    public required string Role { get; init; }

    public DateOnly JoinedOn { get; init; }

    public DateOnly? LeftOn { get; set; }
}
