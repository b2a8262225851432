using Volunteer.Roster.Identity;

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
    PhoneNumber? EmergencyPhone,
    DateOnly? LicenceValidUntil,
    DateTimeOffset ParticipationConsentAt,
    DateTimeOffset? SensitiveDataConsentAt,
    string? RequestId);
