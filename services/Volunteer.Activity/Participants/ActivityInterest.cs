namespace Volunteer.Activity.Participants;

/// <summary>
/// A volunteer's wish to take part in an open activity of their union's teams. It is not participation:
/// a captain or admin answers it by putting the volunteer on one of the activity's teams (roster's
/// AddTeamMember), after which the volunteer confirms participation themself. Withdrawing keeps the row.
/// </summary>
public sealed class ActivityInterest
{
    public Guid ActivityId { get; init; }

    public Guid VolunteerId { get; init; }

    /// <summary>What the volunteer offers or asks, in their words; optional.</summary>
    public string? Note { get; set; }

    public DateTimeOffset ExpressedAt { get; set; }

    public DateTimeOffset? WithdrawnAt { get; set; }
}
