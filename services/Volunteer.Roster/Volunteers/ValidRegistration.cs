using Volunteer.Roster.Identity;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Volunteers;

/// <summary>A registration that passed every rule, with its values normalized.</summary>
public sealed record ValidRegistration(
    Guid UnionId,
    string Name,
    IdDocumentType IdType,
    string IdNumber,
    Gender Gender,
    DateOnly BirthDate,
    PhoneNumber Phone,
    EmergencyContact EmergencyContact,
    string? ResidenceRegionCode,
    string? Employer,
    string? Profession,
    IReadOnlyList<string> Skills,
    Licence? Licence,
    IReadOnlyList<Honour> Honours,
    string? NationalVolunteerNumber,
    Consent ParticipationConsent,
    Consent SensitiveDataConsent,
    string? RequestId);
