namespace Volunteer.Roster.Teams;

public enum TeamSpecialty
{
    Education = 1,
    Science = 2,
    Culture = 3,
    Medical = 4,
    Health = 5,
}
