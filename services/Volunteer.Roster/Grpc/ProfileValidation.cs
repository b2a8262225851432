using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Grpc;
using static Volunteer.Roster.Grpc.VolunteerFieldValidation;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Reads a profile correction: the fields its mask names and their new values.</summary>
public static class ProfileValidation
{
    // The edge found the volunteer within the caller's reach, so the id is a valid one.
    public static ProfileChanges Update(Proto.UpdateStaffVolunteerProfileRequest request)
    {
        var profile = request.Profile ?? new Proto.StaffVolunteerProfile();
        var correctable = ProfileCorrection.Correctable;
        var violations = new FieldViolations();
        var paths = UpdateMasks.Paths(request.UpdateMask, correctable, [], violations);
        if (paths.Count == 0 && violations.IsEmpty)
        {
            violations.Add("update_mask", $"请列出要修改的字段：{string.Join(", ", correctable)}");
        }

        var phone = paths.Contains("phone")
            ? CheckPhone(profile.Phone, "profile.phone", violations, required: true)
            : null;
        var emergencyContact = paths.Contains("emergency_contact")
            ? CheckEmergencyContact(profile.EmergencyContact, "profile.", violations)
            : new EmergencyContact(null, null, null);
        if (paths.Contains("residence_region_code") && profile.ResidenceRegionCode.Length > 0
            && !UnionRules.IsRegionCode(profile.ResidenceRegionCode))
        {
            violations.Add("profile.residence_region_code", FieldTexts.RegionCode);
        }

        FieldRules.OptionalText(profile.Employer, TextMaxLength, "profile.employer", violations);
        FieldRules.OptionalText(profile.Profession, TextMaxLength, "profile.profession", violations);
        FieldRules.OptionalText(profile.NationalVolunteerNumber, NationalNumberMaxLength,
            "profile.national_volunteer_number", violations);
        var skills = CheckSkills(profile.Skills, violations, "profile.");
        var licence = paths.Contains("licence") ? CheckLicence(profile.Licence, violations, "profile.") : null;
        violations.ThrowIfAny();
        return new ProfileChanges(Guid.Parse(request.Id), paths, phone,
            FieldRules.Trimmed(profile.ResidenceRegionCode), FieldRules.Trimmed(profile.Employer),
            FieldRules.Trimmed(profile.Profession), FieldRules.Trimmed(profile.NationalVolunteerNumber), skills,
            licence, emergencyContact);
    }
}
