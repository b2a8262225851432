namespace Volunteer.Safety.Volunteers;

/// <summary>A safety training from the roster. All are kept: an earlier one may be the current one for an activity.</summary>
public sealed class SafetyTraining
{
    /// <summary>The roster's training id, so a redelivered event adds nothing.</summary>
    public Guid Id { get; set; }

    public Guid VolunteerId { get; set; }

    public DateOnly Date { get; set; }
}
