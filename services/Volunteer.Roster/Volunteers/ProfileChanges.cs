using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Volunteers;

/// <summary>A checked profile correction: the fields named to change and their new values.</summary>
public sealed record ProfileChanges(
    Guid VolunteerId,
    IReadOnlySet<string> Fields,
    PhoneNumber? Phone,
    string? ResidenceRegionCode,
    string? Employer,
    string? Profession,
    string? NationalVolunteerNumber,
    IReadOnlyList<string> Skills,
    Licence? Licence,
    EmergencyContact EmergencyContact);
