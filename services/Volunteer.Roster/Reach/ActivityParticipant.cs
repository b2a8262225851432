namespace Volunteer.Roster.Reach;

/// <summary>
/// Whether a volunteer takes part in an activity. Confirmations and withdrawals may arrive in any order
/// (and before the activity itself): the newest event time wins.
/// </summary>
public sealed class ActivityParticipant
{
    public Guid ActivityId { get; set; }

    public Guid VolunteerId { get; set; }

    public bool Confirmed { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
