using Volunteer.Contracts.Events;
using Volunteer.Roster.Identity;
using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Volunteers;

/// <summary>Turns a checked registration into a stored volunteer: personal data encrypted, hashed and masked here only.</summary>
public sealed class VolunteerFactory(PersonalDataProtector protector)
{
    public StaffVolunteer Create(Proto.RegisterStaffVolunteerRequest request, ValidRegistration valid, Union union, DateTimeOffset now) => new()
    {
        Id = Guid.CreateVersion7(),
        UnionId = union.Id,
        UnionPath = union.Path,
        Name = valid.Name,
        IdType = valid.IdType,
        IdNumberEncrypted = protector.Encrypt(valid.IdNumber),
        IdNumberLookupHash = LookupHash(valid.IdType, valid.IdNumber),
        IdNumberMasked = Masking.MaskIdNumber(valid.IdNumber),
        Gender = valid.Gender,
        BirthDate = valid.BirthDate,
        PhoneEncrypted = protector.Encrypt(valid.Phone.Value),
        PhoneMasked = Masking.MaskPhone(valid.Phone.Value),
        ResidenceRegionCode = FieldRules.Trimmed(request.ResidenceRegionCode),
        Employer = FieldRules.Trimmed(request.Employer),
        Profession = FieldRules.Trimmed(request.Profession),
        Skills = [.. request.Skills.Select(s => s.Trim()).Distinct()],
        LicenceKind = FieldRules.Trimmed(request.Licence?.Kind),
        LicenceNumber = FieldRules.Trimmed(request.Licence?.Number),
        LicenceValidUntil = valid.LicenceValidUntil,
        Honours = [.. request.Honours.Select(h => new VolunteerHonour { Kind = (HonourKind)h.Kind, Level = h.Level.Trim(), Year = h.Year })],
        EmergencyContactName = FieldRules.Trimmed(request.EmergencyContact?.Name),
        EmergencyContactRelationship = FieldRules.Trimmed(request.EmergencyContact?.Relationship),
        EmergencyContactPhoneEncrypted = valid.EmergencyPhone is { } phone ? protector.Encrypt(phone.Value) : null,
        EmergencyContactPhoneMasked = valid.EmergencyPhone is { } masked ? Masking.MaskPhone(masked.Value) : null,
        NationalVolunteerNumber = FieldRules.Trimmed(request.NationalVolunteerNumber),
        ParticipationConsentAt = valid.ParticipationConsentAt,
        ParticipationConsentVersion = request.ParticipationConsent.TextVersion.Trim(),
        SensitiveDataConsentAt = valid.SensitiveDataConsentAt,
        SensitiveDataConsentVersion = FieldRules.Trimmed(request.SensitiveDataConsent?.TextVersion),
        RequestId = valid.RequestId,
        CreatedAt = now,
        UpdatedAt = now,
    };

    /// <summary>The event other services get: no ID number, no phones.</summary>
    public static VolunteerRegistered Registered(StaffVolunteer volunteer) => new(
        volunteer.Id, volunteer.UnionId, volunteer.Name, volunteer.Gender == Gender.Male ? "male" : "female", volunteer.Profession, volunteer.Skills,
        [.. volunteer.Honours.Select(h => h.Kind == HonourKind.ModelWorker ? "model-worker" : "advanced-worker").Distinct()],
        volunteer.LicenceKind is not null, volunteer.CreatedAt);

    /// <summary>The keyed hash that finds a person again: same document type and number, same hash.</summary>
    public byte[] LookupHash(IdDocumentType type, string idNumber) => protector.ComputeLookupHash($"{type}:{idNumber}");

}
