namespace Volunteer.Activity.Participants;

/// <summary>Numbered as in the proto's ParticipantStatus.</summary>
public enum ParticipantStatus
{
    Proposed = 1,
    Confirmed = 2,
    Declined = 3,
    Withdrawn = 4,
}
