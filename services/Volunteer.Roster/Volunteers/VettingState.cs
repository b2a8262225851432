namespace Volunteer.Roster.Volunteers;

public enum VettingState
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,

    /// <summary>Approved once, withdrawn later with a reason: the approval stays on record beside it.</summary>
    Revoked = 4,
}
