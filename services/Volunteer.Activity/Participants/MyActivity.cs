using Volunteer.Activity.Activities;

namespace Volunteer.Activity.Participants;

/// <summary>One of a volunteer's activities with their hours there: counted, and awaiting approval.</summary>
public sealed record MyActivity(
    Guid ActivityId,
    string Name,
    DateOnly StartsOn,
    DateOnly EndsOn,
    ActivityStatus Status,
    ParticipantStatus Participation,
    decimal CountedHours,
    decimal PendingHours);
