namespace Volunteer.Reporting.ReadModels;

/// <summary>A volunteer's opt-in to an activity; taking part while the confirmation is after any withdrawal.</summary>
public sealed class ParticipantRow
{
    public Guid ActivityId { get; set; }

    public Guid VolunteerId { get; set; }

    public Guid? TeamId { get; set; }

    public DateTimeOffset? ConfirmedAt { get; set; }

    public DateTimeOffset? WithdrewAt { get; set; }
}
