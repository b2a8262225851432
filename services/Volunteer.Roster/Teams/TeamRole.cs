namespace Volunteer.Roster.Teams;

public enum TeamRole
{
    Captain = 1,
    UnionCadre = 2,
    Volunteer = 3,
}
