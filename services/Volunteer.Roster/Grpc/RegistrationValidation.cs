using Volunteer.Roster.Data;
using Volunteer.Roster.Identity;
using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Grpc;
using static Volunteer.Roster.Grpc.VolunteerFieldValidation;
using Proto = Volunteer.Contracts.Roster.V1;

namespace Volunteer.Roster.Grpc;

/// <summary>Checks a registration field by field, collecting every problem before anything is stored.</summary>
public static class RegistrationValidation
{
    public const int MaxHonours = 10;
    public const int ConsentVersionMaxLength = 20;

    /// <summary>The normalized registration, or INVALID_ARGUMENT naming every bad field.</summary>
    public static ValidRegistration Validate(Proto.RegisterStaffVolunteerRequest request, DateOnly today)
    {
        var violations = new FieldViolations();
        var valid = Check(request, today, violations);
        violations.ThrowIfAny();
        return valid!;
    }

    /// <summary>
    /// The normalized registration, or null with every problem added to <paramref name="violations"/>.
    /// </summary>
    public static ValidRegistration? Check(
        Proto.RegisterStaffVolunteerRequest request, DateOnly today, FieldViolations violations)
    {
        var requestId = RequestIds.Check(request.RequestId, violations);
        var unionId = Guid.TryParse(request.UnionId, out var union)
            ? union
            : Fail<Guid>(violations, "union_id", "须为有效的工会编号（UUID）");
        FieldRules.RequireText(request.Name, NameMaxLength, "name", violations);
        var gender = request.Gender switch
        {
            Proto.Gender.Male => Gender.Male,
            Proto.Gender.Female => Gender.Female,
            _ => Fail<Gender>(violations, "gender", FieldTexts.Required),
        };
        var birthDate = ParseDay(request.BirthDate, "birth_date", violations, required: true);
        if (birthDate > today || birthDate < ResidentIdNumber.EarliestBirthDate)
        {
            violations.Add("birth_date", $"须在{ResidentIdNumber.EarliestBirthDate:yyyy-MM-dd}至今天之间");
        }

        var (idType, idNumber) = CheckIdNumber(request, today, birthDate, gender, violations);
        var phone = CheckPhone(request.Phone, "phone", violations, required: true);
        var emergencyContact = CheckEmergencyContact(request.EmergencyContact, "", violations);
        if (request.ResidenceRegionCode.Length > 0 && !UnionRules.IsRegionCode(request.ResidenceRegionCode))
        {
            violations.Add("residence_region_code", FieldTexts.RegionCode);
        }

        FieldRules.OptionalText(request.Employer, TextMaxLength, "employer", violations);
        FieldRules.OptionalText(request.Profession, TextMaxLength, "profession", violations);
        var skills = CheckSkills(request.Skills, violations);
        FieldRules.OptionalText(
            request.NationalVolunteerNumber, NationalNumberMaxLength, "national_volunteer_number", violations);
        var licence = CheckLicence(request.Licence, violations);
        var honours = Honours(request.Honours, today.Year, violations);
        var participation = CheckConsent(request.ParticipationConsent, "participation_consent",
            "须由志愿者本人同意自愿参加", today, violations);
        // Every registration carries an ID number, which PIPL Art. 28–29 counts as sensitive: no separate
        // consent, nothing stored.
        var sensitive = CheckConsent(request.SensitiveDataConsent, "sensitive_data_consent",
            "登记证件号码须本人单独同意处理敏感个人信息（《个人信息保护法》第二十九条）", today, violations);

        return violations.IsEmpty
            ? new ValidRegistration(unionId, request.Name.Trim(), idType, idNumber!, gender, birthDate!.Value, phone!,
                emergencyContact, FieldRules.Trimmed(request.ResidenceRegionCode), FieldRules.Trimmed(request.Employer),
                FieldRules.Trimmed(request.Profession), skills, licence, honours,
                FieldRules.Trimmed(request.NationalVolunteerNumber), participation!, sensitive!, requestId)
            : null;
    }

    private static (IdDocumentType, string?) CheckIdNumber(
        Proto.RegisterStaffVolunteerRequest request, DateOnly today, DateOnly? birthDate, Gender gender,
        FieldViolations violations)
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
                        violations.Add(problem.Code == ResidentIdProblems.GenderMismatch ? "gender" : "birth_date",
                            problem.Description);
                    }
                }

                return (IdDocumentType.ResidentIdCard, outcome.Value?.Value);
            case Proto.IdDocumentType.Other:
                var other = request.IdNumber.Trim().ToUpperInvariant();
                if (other.Length is < 5 or > 30 || !other.All(char.IsAsciiLetterOrDigit))
                {
                    violations.Add("id_number", "须为5至30位字母或数字");
                }

                return (IdDocumentType.Other, other);
            default:
                violations.Add("id_type", FieldTexts.Required);
                return (IdDocumentType.Other, null);
        }
    }

    private static IReadOnlyList<Honour> Honours(
        IList<Proto.Honour> honours, int currentYear, FieldViolations violations)
    {
        if (honours.Count > MaxHonours)
        {
            violations.Add("honours", $"最多{MaxHonours}项荣誉");
            return [];
        }

        for (var i = 0; i < honours.Count; i++)
        {
            if (honours[i].Kind == Proto.HonourKind.Unspecified)
            {
                violations.Add($"honours[{i}].kind", FieldTexts.Required);
            }

            FieldRules.RequireText(honours[i].Level, 20, $"honours[{i}].level", violations);
            if (honours[i].Year < 1950 || honours[i].Year > currentYear)
            {
                violations.Add($"honours[{i}].year", FieldTexts.Between(1950, currentYear));
            }
        }

        return [.. honours.Select(h => new Honour((HonourKind)h.Kind, h.Level.Trim(), h.Year))];
    }

    /// <param name="missing">What to tell the caller when the consent is absent.</param>
    private static Consent? CheckConsent(
        Proto.Consent? consent, string field, string missing, DateOnly today, FieldViolations violations)
    {
        if (consent is null)
        {
            violations.Add(field, missing);
            return null;
        }

        var givenAt = ConsentTime.Check(consent.GivenTime, $"{field}.given_time", today, violations);
        FieldRules.RequireText(consent.TextVersion, ConsentVersionMaxLength, $"{field}.text_version", violations);
        return givenAt is null ? null : new Consent(givenAt.Value, consent.TextVersion.Trim());
    }

    private static T Fail<T>(FieldViolations violations, string field, string description)
    {
        violations.Add(field, description);
        return default!;
    }
}
