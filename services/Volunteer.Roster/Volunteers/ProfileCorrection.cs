using Volunteer.Contracts.Events;
using Volunteer.Messaging.Outbox;
using Volunteer.Roster.Data;
using Volunteer.Roster.Identity;
using Volunteer.Contracts.Auth;
using Volunteer.ServiceDefaults.Auth;
using Volunteer.ServiceDefaults.Database;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Errors;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Volunteers;

/// <summary>
/// A volunteer (or an admin for them) corrects the profile, as the record rules grant (§12–13):
/// contact, work, skills, licence, emergency contact. Identity stays as registered. A licence admits to
/// medical activities, so a volunteer cannot set their own: an admin confirms it.
/// </summary>
public sealed class ProfileCorrection(RosterDbContext db, VolunteerRegistry registry, PersonalDataProtector protector, TimeProvider timeProvider)
{
    private static readonly string[] Correctable =
        ["phone", "residence_region_code", "employer", "profession", "skills", "licence", "emergency_contact", "national_volunteer_number"];

    public async Task<StaffVolunteer> UpdateAsync(Proto.UpdateStaffVolunteerProfileRequest request, PlatformCaller caller, CancellationToken cancellationToken)
    {
        var profile = request.Profile ?? new Proto.StaffVolunteerProfile();
        var violations = new FieldViolations();
        var paths = UpdateMasks.Paths(request.UpdateMask, Correctable, [], violations);
        if (paths.Count == 0 && violations.IsEmpty)
        {
            violations.Add("update_mask", $"name the fields to change: {string.Join(", ", Correctable)}");
        }

        var phone = paths.Contains("phone") ? RegistrationRules.CheckPhone(profile.Phone, "profile.phone", violations, required: true) : null;
        var emergencyPhone = paths.Contains("emergency_contact")
            ? RegistrationRules.CheckEmergencyContact(profile.EmergencyContact, "profile.", violations)
            : null;
        if (paths.Contains("residence_region_code") && profile.ResidenceRegionCode.Length > 0 && !Unions.UnionRules.IsRegionCode(profile.ResidenceRegionCode))
        {
            violations.Add("profile.residence_region_code", "must be a six-digit GB/T 2260 code");
        }

        FieldRules.OptionalText(profile.Employer, RegistrationRules.TextMaxLength, "profile.employer", violations);
        FieldRules.OptionalText(profile.Profession, RegistrationRules.TextMaxLength, "profile.profession", violations);
        FieldRules.OptionalText(profile.NationalVolunteerNumber, RegistrationRules.NationalNumberMaxLength,
            "profile.national_volunteer_number", violations);
        RegistrationRules.CheckSkills(profile.Skills, violations, "profile.");
        var licenceValidUntil = paths.Contains("licence") ? RegistrationRules.CheckLicence(profile.Licence, violations, "profile.") : null;
        violations.ThrowIfAny();
        if (paths.Contains("licence") && caller.Role == PlatformRoles.Volunteer)
        {
            throw new AccessDeniedException("LICENCE_NEEDS_ADMIN",
                "A professional licence is confirmed by a union admin; ask your union to record it.");
        }

        var volunteer = await registry.FindAsync(request.Id, cancellationToken, tracked: true);
        Apply(volunteer, profile, paths, phone, emergencyPhone, licenceValidUntil);
        volunteer.UpdatedAt = timeProvider.GetUtcNowForDatabase();
        db.AddIntegrationEvent(new VolunteerProfileChanged(volunteer.Id, volunteer.UnionId, [.. Correctable.Where(paths.Contains)],
            volunteer.Profession, volunteer.Skills, volunteer.LicenceKind is not null, volunteer.LicenceValidUntil, volunteer.UpdatedAt));
        await db.SaveChangesAsync(cancellationToken);
        return volunteer;
    }

    private void Apply(StaffVolunteer volunteer, Proto.StaffVolunteerProfile profile, HashSet<string> paths,
        PhoneNumber? phone, PhoneNumber? emergencyPhone, DateOnly? licenceValidUntil)
    {
        if (phone is not null)
        {
            volunteer.PhoneEncrypted = protector.Encrypt(phone.Value);
            volunteer.PhoneMasked = Masking.MaskPhone(phone.Value);
        }

        if (paths.Contains("residence_region_code")) volunteer.ResidenceRegionCode = FieldRules.Trimmed(profile.ResidenceRegionCode);
        if (paths.Contains("employer")) volunteer.Employer = FieldRules.Trimmed(profile.Employer);
        if (paths.Contains("profession")) volunteer.Profession = FieldRules.Trimmed(profile.Profession);
        if (paths.Contains("national_volunteer_number")) volunteer.NationalVolunteerNumber = FieldRules.Trimmed(profile.NationalVolunteerNumber);
        if (paths.Contains("skills")) volunteer.Skills = [.. profile.Skills.Select(s => s.Trim()).Distinct()];
        if (paths.Contains("licence"))
        {
            volunteer.LicenceKind = FieldRules.Trimmed(profile.Licence?.Kind);
            volunteer.LicenceNumber = FieldRules.Trimmed(profile.Licence?.Number);
            volunteer.LicenceValidUntil = licenceValidUntil;
        }

        if (paths.Contains("emergency_contact"))
        {
            volunteer.EmergencyContactName = FieldRules.Trimmed(profile.EmergencyContact?.Name);
            volunteer.EmergencyContactRelationship = FieldRules.Trimmed(profile.EmergencyContact?.Relationship);
            volunteer.EmergencyContactPhoneEncrypted = emergencyPhone is null ? null : protector.Encrypt(emergencyPhone.Value);
            volunteer.EmergencyContactPhoneMasked = emergencyPhone is null ? null : Masking.MaskPhone(emergencyPhone.Value);
        }
    }
}
