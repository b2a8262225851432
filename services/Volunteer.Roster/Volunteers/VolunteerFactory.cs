using Volunteer.Contracts.Events;
using Volunteer.Roster.Identity;
using Volunteer.ServiceDefaults.PersonalData;
using Volunteer.Roster.Unions;

namespace Volunteer.Roster.Volunteers;

/// <summary>Turns a checked registration into a stored volunteer: personal data encrypted, hashed and masked here only.</summary>
public sealed class VolunteerFactory(PersonalDataProtector protector)
{
    public StaffVolunteer Create(ValidRegistration valid, Union union, DateTimeOffset now) => new()
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
        ResidenceRegionCode = valid.ResidenceRegionCode,
        Employer = valid.Employer,
        Profession = valid.Profession,
        Skills = [.. valid.Skills],
        LicenceKind = valid.Licence?.Kind,
        LicenceNumber = valid.Licence?.Number,
        LicenceValidUntil = valid.Licence?.ValidUntil,
        LicenceMedical = valid.Licence?.Medical ?? false,
        Honours = [.. valid.Honours.Select(h => new VolunteerHonour { Kind = h.Kind, Level = h.Level, Year = h.Year })],
        EmergencyContactName = valid.EmergencyContact.Name,
        EmergencyContactRelationship = valid.EmergencyContact.Relationship,
        EmergencyContactPhoneEncrypted =
            valid.EmergencyContact.Phone is { } phone ? protector.Encrypt(phone.Value) : null,
        EmergencyContactPhoneMasked =
            valid.EmergencyContact.Phone is { } masked ? Masking.MaskPhone(masked.Value) : null,
        NationalVolunteerNumber = valid.NationalVolunteerNumber,
        ParticipationConsentAt = valid.ParticipationConsent.GivenAt,
        ParticipationConsentVersion = valid.ParticipationConsent.TextVersion,
        SensitiveDataConsentAt = valid.SensitiveDataConsent.GivenAt,
        SensitiveDataConsentVersion = valid.SensitiveDataConsent.TextVersion,
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
    public byte[] LookupHash(IdDocumentType type, string idNumber) =>
        protector.ComputeLookupHash(PersonKey(type, idNumber));

    /// <summary>What the lookup hash is computed from: equal keys, equal hashes, so repeats show unhashed.</summary>
    public static string PersonKey(IdDocumentType type, string idNumber) => $"{type}:{idNumber}";

}
