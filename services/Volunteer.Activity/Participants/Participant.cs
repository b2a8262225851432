namespace Volunteer.Activity.Participants;

/// <summary>A volunteer proposed for an activity from one of its teams, and their own answer.</summary>
public sealed class Participant
{
    public Guid ActivityId { get; init; }

    public Guid VolunteerId { get; init; }

    public Guid TeamId { get; set; }

    public ParticipantStatus Status { get; set; } = ParticipantStatus.Proposed;

    public string? Notice { get; set; }

    public DateTimeOffset? AnsweredAt { get; set; }
}
