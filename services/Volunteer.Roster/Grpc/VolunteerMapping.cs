using Google.Protobuf.WellKnownTypes;
using Volunteer.Roster.Identity;
using Volunteer.Roster.Volunteers;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>To the API's shape: personal data only ever masked here.</summary>
internal static class VolunteerMapping
{
    public static Proto.StaffVolunteer ToProto(this StaffVolunteer volunteer) => new()
    {
        Id = volunteer.Id.ToString(),
        UnionId = volunteer.UnionId.ToString(),
        Name = volunteer.Name,
        IdType = volunteer.IdType == IdDocumentType.ResidentIdCard ? Proto.IdDocumentType.ResidentIdCard : Proto.IdDocumentType.Other,
        IdNumberMasked = volunteer.IdNumberMasked,
        Gender = volunteer.Gender == Gender.Male ? Proto.Gender.Male : Proto.Gender.Female,
        BirthDate = volunteer.BirthDate.ToString("yyyy-MM-dd"),
        PhoneMasked = volunteer.PhoneMasked,
        ResidenceRegionCode = volunteer.ResidenceRegionCode ?? "",
        Employer = volunteer.Employer ?? "",
        Profession = volunteer.Profession ?? "",
        Skills = { volunteer.Skills },
        Licence = volunteer.LicenceKind is null ? null : new Proto.ProfessionalLicence
        {
            Kind = volunteer.LicenceKind,
            Number = volunteer.LicenceNumber ?? "",
            ValidUntil = volunteer.LicenceValidUntil?.ToString("yyyy-MM-dd") ?? "",
            Category = volunteer.LicenceMedical ? Proto.LicenceCategory.Medical : Proto.LicenceCategory.Other,
        },
        Honours = { volunteer.Honours.Select(h => new Proto.Honour { Kind = (Proto.HonourKind)h.Kind, Level = h.Level, Year = h.Year }) },
        EmergencyContact = volunteer.EmergencyContactName is null && volunteer.EmergencyContactPhoneMasked is null ? null : new Proto.EmergencyContact
        {
            Name = volunteer.EmergencyContactName ?? "",
            Relationship = volunteer.EmergencyContactRelationship ?? "",
            Phone = volunteer.EmergencyContactPhoneMasked ?? "",
        },
        NationalVolunteerNumber = volunteer.NationalVolunteerNumber ?? "",
        ParticipationConsent = new Proto.Consent
        {
            GivenTime = Timestamp.FromDateTimeOffset(volunteer.ParticipationConsentAt),
            TextVersion = volunteer.ParticipationConsentVersion,
        },
        SensitiveDataConsent = volunteer.SensitiveDataConsentAt is { } at
            ? new Proto.Consent { GivenTime = Timestamp.FromDateTimeOffset(at), TextVersion = volunteer.SensitiveDataConsentVersion ?? "" }
            : null,
        Vetting = new Proto.Vetting
        {
            State = (Proto.VettingState)volunteer.Vetting,
            Reviewer = volunteer.VettingReviewer ?? "",
            DecideTime = volunteer.VettingDecidedAt is { } decided ? Timestamp.FromDateTimeOffset(decided) : null,
            Reason = volunteer.VettingReason ?? "",
            Revoker = volunteer.VettingRevokedBy ?? "",
            RevokeTime = volunteer.VettingRevokedAt is { } revoked ? Timestamp.FromDateTimeOffset(revoked) : null,
            RevokeReason = volunteer.VettingRevocationReason ?? "",
        },
        CreateTime = Timestamp.FromDateTimeOffset(volunteer.CreatedAt),
        UpdateTime = Timestamp.FromDateTimeOffset(volunteer.UpdatedAt),
        ConsentWithdrawTime =
            volunteer.ConsentWithdrawnAt is { } withdrawn ? Timestamp.FromDateTimeOffset(withdrawn) : null,
    };
}
