using Volunteer.ServiceDefaults.PersonalData;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Grpc;
using Volunteer.ServiceDefaults.Time;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Volunteer fields a registration and a profile correction share, with their bounds.</summary>
public static class VolunteerFieldValidation
{
    public const int NameMaxLength = 50;
    public const int TextMaxLength = 100;
    public const int MaxSkills = 20;
    public const int SkillMaxLength = 30;
    public const int NationalNumberMaxLength = 40;
    public const int RelationshipMaxLength = 20;

    // Licences run a few years; a later day is a typo and would keep a lapsed licence valid for ever.
    private static readonly DateOnly LatestLicenceDay = new(2100, 12, 31);

    public static PhoneNumber? CheckPhone(string? value, string field, FieldViolations violations, bool required) =>
        PhoneFields.Check(value, field, violations, required);

    /// <summary>The skills trimmed and without repeats.</summary>
    public static IReadOnlyList<string> CheckSkills(
        IList<string> skills, FieldViolations violations, string prefix = "")
    {
        if (skills.Count > MaxSkills)
        {
            violations.Add($"{prefix}skills", $"最多{MaxSkills}项技能");
        }

        if (skills.Any(s => string.IsNullOrWhiteSpace(s) || s.Trim().Length > SkillMaxLength))
        {
            violations.Add($"{prefix}skills", $"每项技能须为1至{SkillMaxLength}个字符");
        }

        return [.. skills.Select(s => s.Trim()).Distinct()];
    }

    /// <summary>The licence, or null when none is given (every part empty).</summary>
    public static Licence? CheckLicence(
        Proto.ProfessionalLicence? licence, FieldViolations violations, string prefix = "")
    {
        if (licence is null
            || (licence.Kind.Length == 0 && licence.Number.Length == 0 && licence.ValidUntil.Length == 0))
        {
            return null;
        }

        FieldRules.RequireText(licence.Kind, TextMaxLength, $"{prefix}licence.kind", violations);
        FieldRules.RequireText(licence.Number, TextMaxLength, $"{prefix}licence.number", violations);
        var validUntil = ParseDay(licence.ValidUntil, $"{prefix}licence.valid_until", violations, required: false);
        if (validUntil > LatestLicenceDay)
        {
            violations.Add($"{prefix}licence.valid_until", $"不能晚于{LatestLicenceDay:yyyy-MM-dd}");
        }

        if (!Enum.IsDefined(licence.Category))
        {
            violations.Add($"{prefix}licence.category", "证书类别无效");
        }

        return new Licence(licence.Kind.Trim(), licence.Number.Trim(), validUntil,
            licence.Category == Proto.LicenceCategory.Medical);
    }

    /// <summary>The contact's name and relationship bounded; the phone, if any, normalized.</summary>
    public static EmergencyContact CheckEmergencyContact(
        Proto.EmergencyContact? contact, string prefix, FieldViolations violations)
    {
        var field = $"{prefix}emergency_contact";
        FieldRules.OptionalText(contact?.Name ?? "", NameMaxLength, $"{field}.name", violations);
        FieldRules.OptionalText(
            contact?.Relationship ?? "", RelationshipMaxLength, $"{field}.relationship", violations);
        var phone = CheckPhone(contact?.Phone, $"{field}.phone", violations, required: false);
        return new EmergencyContact(
            FieldRules.Trimmed(contact?.Name), FieldRules.Trimmed(contact?.Relationship), phone);
    }

    public static DateOnly? ParseDay(string value, string field, FieldViolations violations, bool required)
    {
        if (value.Length == 0 && required)
        {
            violations.Add(field, FieldTexts.RequiredDate);
        }

        return CampaignClock.ParseDate(value, field, violations);
    }

    public static void Report(IEnumerable<ValidationProblem> problems, string field, FieldViolations violations)
    {
        foreach (var problem in problems)
        {
            violations.Add(field, problem.Description);
        }
    }
}
