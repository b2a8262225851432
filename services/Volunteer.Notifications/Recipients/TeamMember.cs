namespace Volunteer.Notifications.Recipients;

/// <summary>A volunteer's membership of a team as roster last reported it (joins and leaves in any order).</summary>
public sealed class TeamMember
{
    public Guid TeamId { get; set; }

    public Guid VolunteerId { get; set; }

    public bool Active { get; set; }

    /// <summary>When roster recorded the change this row reflects; older news is ignored.</summary>
    public DateTimeOffset ChangedAt { get; set; }
}
