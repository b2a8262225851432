namespace Volunteer.Roster.Identity;

public enum PhoneNumberKind
{
    Mobile,
    FixedLine,
}
