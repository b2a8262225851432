namespace Volunteer.Roster.Identity;

public enum Gender
{
    // First so that a forgotten assignment reads as "not stated" rather than as a real answer.
    Unspecified,
    Male,
    Female,
}
