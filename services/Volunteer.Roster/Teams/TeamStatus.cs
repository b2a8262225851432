namespace Volunteer.Roster.Teams;

public enum TeamStatus
{
    Forming = 1,
    Active = 2,
    Disbanded = 3,
}
