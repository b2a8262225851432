using Volunteer.Roster.Identity;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Roster.V1;
using Volunteer.ServiceDefaults.Time;

namespace Volunteer.Roster.Volunteers;

/// <summary>Checks a registration field by field, collecting every problem before anything is stored.</summary>
public static class RegistrationRules
{
    public const int NameMaxLength = 50;
    public const int TextMaxLength = 100;
    public const int MaxSkills = 20;
    public const int SkillMaxLength = 30;
    public const int MaxHonours = 10;
    public const int NationalNumberMaxLength = 40;
    public const int RelationshipMaxLength = 20;
    public const int ConsentVersionMaxLength = 20;

    // Licences run a few years; a later day is a typo and would keep a lapsed licence valid for ever.
    private static readonly DateOnly LatestLicenceDay = new(2100, 12, 31);

    /// <summary>The normalized registration, or INVALID_ARGUMENT naming every bad field.</summary>
    public static ValidRegistration Validate(Proto.RegisterStaffVolunteerRequest request, DateOnly today)
    {
        var violations = new FieldViolations();
        var valid = Check(request, today, violations);
        violations.ThrowIfAny();
        return valid!;
    }

    /// <summary>The normalized registration, or null with every problem added to <paramref name="violations"/>.</summary>
    public static ValidRegistration? Check(Proto.RegisterStaffVolunteerRequest request, DateOnly today, FieldViolations violations)
    {
        var requestId = Data.RequestIds.Check(request.RequestId, violations);
        var unionId = Guid.TryParse(request.UnionId, out var union) ? union : Fail<Guid>(violations, "union_id", "must be a union id (UUID)");
        FieldRules.RequireText(request.Name, NameMaxLength, "name", violations);
        var gender = request.Gender switch
        {
            Proto.Gender.Male => Gender.Male,
            Proto.Gender.Female => Gender.Female,
            _ => Fail<Gender>(violations, "gender", "is required"),
        };
        var birthDate = ParseDate(request.BirthDate, "birth_date", violations, required: true);
        if (birthDate > today || birthDate < ResidentIdNumber.EarliestBirthDate)
        {
            violations.Add("birth_date", $"must lie between {ResidentIdNumber.EarliestBirthDate:yyyy-MM-dd} and today");
        }

        var (idType, idNumber) = CheckIdNumber(request, today, birthDate, gender, violations);
        var phone = CheckPhone(request.Phone, "phone", violations, required: true);
        var emergencyPhone = CheckEmergencyContact(request.EmergencyContact, "", violations);
        if (request.ResidenceRegionCode.Length > 0 && !Unions.UnionRules.IsRegionCode(request.ResidenceRegionCode))
        {
            violations.Add("residence_region_code", "must be a six-digit GB/T 2260 code");
        }

        FieldRules.OptionalText(request.Employer, TextMaxLength, "employer", violations);
        FieldRules.OptionalText(request.Profession, TextMaxLength, "profession", violations);
        CheckSkills(request.Skills, violations);
        FieldRules.OptionalText(
            request.NationalVolunteerNumber, NationalNumberMaxLength, "national_volunteer_number", violations);
        var licenceValidUntil = CheckLicence(request.Licence, violations);
        CheckHonours(request.Honours, today.Year, violations);
        var participation = CheckConsent(
            request.ParticipationConsent, "participation_consent", today, violations, required: true);
        var sensitive = CheckConsent(
            request.SensitiveDataConsent, "sensitive_data_consent", today, violations, required: false);

        return violations.IsEmpty
            ? new ValidRegistration(unionId, request.Name.Trim(), idType, idNumber!, gender, birthDate!.Value, phone!, emergencyPhone,
                licenceValidUntil, participation!.Value, sensitive, requestId)
            : null;
    }

    private static (IdDocumentType, string?) CheckIdNumber(
        Proto.RegisterStaffVolunteerRequest request, DateOnly today, DateOnly? birthDate, Gender gender, FieldViolations violations)
    {
        switch (request.IdType)
        {
            case Proto.IdDocumentType.ResidentIdCard:
                var outcome = ResidentIdNumber.Validate(request.IdNumber, today);
                Report(outcome.Problems, "id_number", violations);
                if (outcome.IsValid && birthDate is { } declared)
                {
                    foreach (var problem in outcome.Value.CheckAgreement(declared, gender))
                    {
                        violations.Add(problem.Code == ResidentIdProblems.GenderMismatch ? "gender" : "birth_date", problem.Description);
                    }
                }

                return (IdDocumentType.ResidentIdCard, outcome.Value?.Value);
            case Proto.IdDocumentType.Other:
                var other = request.IdNumber.Trim().ToUpperInvariant();
                if (other.Length is < 5 or > 30 || !other.All(char.IsAsciiLetterOrDigit))
                {
                    violations.Add("id_number", "must be 5 to 30 letters and digits");
                }

                return (IdDocumentType.Other, other);
            default:
                violations.Add("id_type", "is required");
                return (IdDocumentType.Other, null);
        }
    }

    internal static PhoneNumber? CheckPhone(string? value, string field, FieldViolations violations, bool required)
    {
        if (string.IsNullOrWhiteSpace(value) && !required)
        {
            return null;
        }

        var outcome = PhoneNumber.Validate(value);
        Report(outcome.Problems, field, violations);
        return outcome.Value;
    }

    internal static void CheckSkills(IList<string> skills, FieldViolations violations, string prefix = "")
    {
        if (skills.Count > MaxSkills)
        {
            violations.Add($"{prefix}skills", $"at most {MaxSkills} skills");
        }

        if (skills.Any(s => string.IsNullOrWhiteSpace(s) || s.Trim().Length > SkillMaxLength))
        {
            violations.Add($"{prefix}skills", $"each skill must be 1 to {SkillMaxLength} characters");
        }
    }

    internal static DateOnly? CheckLicence(Proto.ProfessionalLicence? licence, FieldViolations violations, string prefix = "")
    {
        if (licence is null || (licence.Kind.Length == 0 && licence.Number.Length == 0 && licence.ValidUntil.Length == 0))
        {
            return null;
        }

        FieldRules.RequireText(licence.Kind, TextMaxLength, $"{prefix}licence.kind", violations);
        FieldRules.RequireText(licence.Number, TextMaxLength, $"{prefix}licence.number", violations);
        var validUntil = ParseDate(licence.ValidUntil, $"{prefix}licence.valid_until", violations, required: false);
        if (validUntil > LatestLicenceDay)
        {
            violations.Add($"{prefix}licence.valid_until", $"must not be after {LatestLicenceDay:yyyy-MM-dd}");
        }

        return validUntil;
    }

    /// <summary>The contact's name and relationship bounded; the phone, if any, normalized.</summary>
    internal static PhoneNumber? CheckEmergencyContact(
        Proto.EmergencyContact? contact, string prefix, FieldViolations violations)
    {
        var field = $"{prefix}emergency_contact";
        FieldRules.OptionalText(contact?.Name ?? "", NameMaxLength, $"{field}.name", violations);
        FieldRules.OptionalText(
            contact?.Relationship ?? "", RelationshipMaxLength, $"{field}.relationship", violations);
        return CheckPhone(contact?.Phone, $"{field}.phone", violations, required: false);
    }

    private static void CheckHonours(IList<Proto.Honour> honours, int currentYear, FieldViolations violations)
    {
        if (honours.Count > MaxHonours)
        {
            violations.Add("honours", $"at most {MaxHonours} honours");
            return;
        }

        for (var i = 0; i < honours.Count; i++)
        {
            if (honours[i].Kind == Proto.HonourKind.Unspecified)
            {
                violations.Add($"honours[{i}].kind", "is required");
            }

            FieldRules.RequireText(honours[i].Level, 20, $"honours[{i}].level", violations);
            if (honours[i].Year < 1950 || honours[i].Year > currentYear)
            {
                violations.Add($"honours[{i}].year", $"must be between 1950 and {currentYear}");
            }
        }
    }

    private static DateTimeOffset? CheckConsent(
        Proto.Consent? consent, string field, DateOnly today, FieldViolations violations, bool required)
    {
        if (consent is null)
        {
            if (required)
            {
                violations.Add(field, "is required: the volunteer must agree to take part");
            }

            return null;
        }

        var givenAt = ConsentTime.Check(consent.GivenTime, $"{field}.given_time", today, violations);
        FieldRules.RequireText(consent.TextVersion, ConsentVersionMaxLength, $"{field}.text_version", violations);
        return givenAt;
    }

    private static DateOnly? ParseDate(string value, string field, FieldViolations violations, bool required)
    {
        if (value.Length == 0 && required)
        {
            violations.Add(field, "is required (YYYY-MM-DD)");
        }

        return CampaignClock.ParseDate(value, field, violations);
    }

    private static void Report(IEnumerable<ValidationProblem> problems, string field, FieldViolations violations)
    {
        foreach (var problem in problems)
        {
            violations.Add(field, problem.Description);
        }
    }

    private static T Fail<T>(FieldViolations violations, string field, string description)
    {
        violations.Add(field, description);
        return default!;
    }
}
