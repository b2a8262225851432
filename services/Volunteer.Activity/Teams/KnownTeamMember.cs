namespace Volunteer.Activity.Teams;

/// <summary>
/// A volunteer's membership of a team as roster last announced it: one row per team and volunteer, kept
/// after a leave (as a tombstone), so a join announced earlier but delivered later cannot bring them back.
/// </summary>
public sealed class KnownTeamMember
{
    public long Id { get; init; }

    public Guid TeamId { get; init; }

    public Guid VolunteerId { get; init; }

    /// <summary>captain, union-cadre or volunteer; null while only the leave has arrived.</summary>
    public string? Role { get; set; }

    public DateOnly? JoinedOn { get; set; }

    public DateOnly? LeftOn { get; set; }

    /// <summary>Roster's time of the change applied last; older announcements arriving later are ignored.</summary>
    public DateTimeOffset ChangedAt { get; set; }
}
