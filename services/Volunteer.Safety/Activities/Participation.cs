namespace Volunteer.Safety.Activities;

/// <summary>
/// Whether a volunteer currently takes part in an activity. Confirmations and withdrawals may arrive
/// in any order (and before the activity itself): the newest event time wins.
/// </summary>
public sealed class Participation
{
    public Guid ActivityId { get; set; }

    public Guid VolunteerId { get; set; }

    public bool Confirmed { get; set; }

    public DateTimeOffset ChangedAt { get; set; }
}
