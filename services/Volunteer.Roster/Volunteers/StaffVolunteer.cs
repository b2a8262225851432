using Volunteer.Roster.Identity;
using Volunteer.Roster.Unions;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// A staff volunteer. The ID number and phones are kept only encrypted, with a masked copy for
/// display and, for the ID number, a keyed hash to find the same person again.
/// </summary>
public sealed class StaffVolunteer : IUnionScoped
{
    public Guid Id { get; init; }

    public Guid UnionId { get; init; }

    /// <summary>The union's tree path (fixed once the union exists), so a subtree search needs no join.</summary>
    public required string UnionPath { get; init; }

    public required string Name { get; set; }

    public IdDocumentType IdType { get; init; }

    public required byte[] IdNumberEncrypted { get; init; }

    public required byte[] IdNumberLookupHash { get; init; }

    public required string IdNumberMasked { get; init; }

    public Gender Gender { get; set; }

    public DateOnly BirthDate { get; set; }

    public required byte[] PhoneEncrypted { get; set; }

    public required string PhoneMasked { get; set; }

    public string? ResidenceRegionCode { get; set; }

    public string? Employer { get; set; }

    public string? Profession { get; set; }

    public List<string> Skills { get; set; } = [];

    public string? LicenceKind { get; set; }

    public string? LicenceNumber { get; set; }

    public DateOnly? LicenceValidUntil { get; set; }

    /// <summary>Whether the licence is one to practise medicine or nursing (see Licence.Medical).</summary>
    public bool LicenceMedical { get; set; }

    public List<VolunteerHonour> Honours { get; set; } = [];

    public string? EmergencyContactName { get; set; }

    public string? EmergencyContactRelationship { get; set; }

    public byte[]? EmergencyContactPhoneEncrypted { get; set; }

    public string? EmergencyContactPhoneMasked { get; set; }

    public string? NationalVolunteerNumber { get; set; }

    public DateTimeOffset ParticipationConsentAt { get; set; }

    public required string ParticipationConsentVersion { get; set; }

    public DateTimeOffset? SensitiveDataConsentAt { get; set; }

    public string? SensitiveDataConsentVersion { get; set; }

    /// <summary>When both consents were withdrawn; the record stays, as the rules on service records require.</summary>
    public DateTimeOffset? ConsentWithdrawnAt { get; set; }

    public string? ConsentWithdrawalReason { get; set; }

    public VettingState Vetting { get; set; } = VettingState.Pending;

    public string? VettingReviewer { get; set; }

    public DateTimeOffset? VettingDecidedAt { get; set; }

    public string? VettingReason { get; set; }

    /// <summary>Who revoked an approval; the approval's reviewer and date above stay as they were.</summary>
    public string? VettingRevokedBy { get; set; }

    public DateTimeOffset? VettingRevokedAt { get; set; }

    public string? VettingRevocationReason { get; set; }

    public string? RequestId { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset UpdatedAt { get; set; }
}
