namespace Volunteer.Safety.Activities;

/// <summary>
/// Whether a volunteer leads a team, as roster announced it: enough to let a captain act for the activities
/// of their team. Joins and leaves may arrive in any order: the newest change wins.
/// </summary>
public sealed class TeamCaptaincy
{
    public Guid TeamId { get; set; }

    public Guid VolunteerId { get; set; }

    public bool Leads { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
