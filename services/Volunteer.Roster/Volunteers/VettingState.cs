namespace Volunteer.Roster.Volunteers;

public enum VettingState
{
    Pending = 1,
    Approved = 2,
    Rejected = 3,
}
