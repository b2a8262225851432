namespace Volunteer.ServiceDefaults.PersonalData;

public enum PhoneNumberKind
{
    Mobile,
    FixedLine,
}
