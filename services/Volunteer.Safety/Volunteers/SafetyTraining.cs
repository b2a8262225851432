namespace Volunteer.Safety.Volunteers;

/// <summary>
/// A preparation training from the roster (safety, business or conduct). All are kept: an earlier one may be the
/// current one for an activity.
/// </summary>
public sealed class SafetyTraining
{
    /// <summary>The roster's training id, so a redelivered event adds nothing.</summary>
    public Guid Id { get; set; }

    public Guid VolunteerId { get; set; }

    /// <summary>Roster's kind: business, conduct or safety.</summary>
    public required string Kind { get; set; }

    public DateOnly Date { get; set; }
}
