using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.Roster.Identity;
using Volunteer.ServiceDefaults.PersonalData;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// A volunteer (or an admin for them) corrects the profile, as the record rules grant (§12–13):
/// contact, work, skills, licence, emergency contact. Identity stays as registered. A licence admits to
/// medical activities, so a volunteer cannot set their own: an admin confirms it.
/// </summary>
public sealed class ProfileCorrection(
    RosterDbContext db, VolunteerRegistry registry, PersonalDataProtector protector, TimeProvider timeProvider)
{
    /// <summary>The fields a correction may name, in the order the change event lists them.</summary>
    public static readonly IReadOnlyList<string> Correctable =
    [
        "phone", "residence_region_code", "employer", "profession", "skills", "licence", "emergency_contact",
        "national_volunteer_number",
    ];

    public async Task<StaffVolunteer> UpdateAsync(
        ProfileChanges changes, PlatformCaller caller, CancellationToken cancellationToken)
    {
        if (changes.Fields.Contains("licence") && caller.Role == PlatformRoles.Volunteer)
        {
            throw new AccessDeniedException("LICENCE_NEEDS_ADMIN",
                "职业资格证书须由工会管理员确认，请联系所在工会登记。");
        }

        var volunteer = await registry.FindAsync(changes.VolunteerId, cancellationToken, tracked: true);
        Apply(volunteer, changes);
        volunteer.UpdatedAt = timeProvider.GetUtcNowForDatabase();
        db.AddIntegrationEvent(new VolunteerProfileChanged(volunteer.Id, volunteer.UnionId,
            [.. Correctable.Where(changes.Fields.Contains)], volunteer.Profession, volunteer.Skills,
            volunteer.LicenceKind is not null, volunteer.LicenceValidUntil, volunteer.UpdatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return volunteer;
    }

    private void Apply(StaffVolunteer volunteer, ProfileChanges changes)
    {
        var fields = changes.Fields;
        if (changes.Phone is { } phone)
        {
            volunteer.PhoneEncrypted = protector.Encrypt(phone.Value);
            volunteer.PhoneMasked = Masking.MaskPhone(phone.Value);
        }

        if (fields.Contains("residence_region_code")) volunteer.ResidenceRegionCode = changes.ResidenceRegionCode;
        if (fields.Contains("employer")) volunteer.Employer = changes.Employer;
        if (fields.Contains("profession")) volunteer.Profession = changes.Profession;
        if (fields.Contains("national_volunteer_number"))
        {
            volunteer.NationalVolunteerNumber = changes.NationalVolunteerNumber;
        }

        if (fields.Contains("skills")) volunteer.Skills = [.. changes.Skills];
        if (fields.Contains("licence"))
        {
            volunteer.LicenceKind = changes.Licence?.Kind;
            volunteer.LicenceNumber = changes.Licence?.Number;
            volunteer.LicenceValidUntil = changes.Licence?.ValidUntil;
            volunteer.LicenceMedical = changes.Licence?.Medical ?? false;
        }

        if (fields.Contains("emergency_contact"))
        {
            var (name, relationship, contactPhone) = changes.EmergencyContact;
            volunteer.EmergencyContactName = name;
            volunteer.EmergencyContactRelationship = relationship;
            volunteer.EmergencyContactPhoneEncrypted =
                contactPhone is null ? null : protector.Encrypt(contactPhone.Value);
            volunteer.EmergencyContactPhoneMasked = contactPhone is null ? null : Masking.MaskPhone(contactPhone.Value);
        }
    }
}
