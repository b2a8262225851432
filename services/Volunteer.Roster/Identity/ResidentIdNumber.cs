using System.Globalization;
using System.Text;
using Volunteer.ServiceDefaults.PersonalData;

namespace Volunteer.Roster.Identity;

/// <summary>
/// A mainland resident identity card number (GB 11643-1999) that passed every rule. Instances only
/// come from <see cref="Validate"/>, so holding one means the number is well formed and normalized.
/// </summary>
public sealed record ResidentIdNumber
{
    public const int Length = 18;

    // Earlier dates would belong to people who cannot be volunteering; they are almost always typos.
    public static readonly DateOnly EarliestBirthDate = new(1900, 1, 1);

    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";

    private ResidentIdNumber(string value, DateOnly birthDate, Gender gender)
    {
        Value = value;
        BirthDate = birthDate;
        Gender = gender;
    }

    /// <summary>Digits with an upper-case X: the form to encrypt and to hash for lookups.</summary>
    public string Value { get; }

    public DateOnly BirthDate { get; }

    public Gender Gender { get; }

    /// <param name="today">The current date in China; a birth date after it is rejected.</param>
    public static ValidationOutcome<ResidentIdNumber> Validate(string? value, DateOnly today)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return ValidationOutcome<ResidentIdNumber>.Invalid([ResidentIdProblems.MissingValue()]);
        }

        var number = Normalize(value);
        if (number.Length != Length)
        {
            return ValidationOutcome<ResidentIdNumber>.Invalid([ResidentIdProblems.Length(number.Length)]);
        }

        if (number.AsSpan(0, Length - 1).ContainsAnyExceptInRange('0', '9')
            || !(char.IsAsciiDigit(number[^1]) || number[^1] == 'X'))
        {
            return ValidationOutcome<ResidentIdNumber>.Invalid([ResidentIdProblems.Digits()]);
        }

        // Past the shape checks every rule can be judged on its own, so report them all at once.
        var problems = new List<ValidationProblem>();
        if (!ProvinceCodes.IsKnown(int.Parse(number.AsSpan(0, 2), CultureInfo.InvariantCulture)))
        {
            problems.Add(ResidentIdProblems.Province());
        }

        var hasDate = DateOnly.TryParseExact(number.AsSpan(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birthDate);
        if (!hasDate)
        {
            problems.Add(ResidentIdProblems.NotADate());
        }
        else if (birthDate > today)
        {
            problems.Add(ResidentIdProblems.InFuture());
        }
        else if (birthDate < EarliestBirthDate)
        {
            problems.Add(ResidentIdProblems.TooEarly(EarliestBirthDate));
        }

        var expected = CheckCharacterFor(number.AsSpan(0, Length - 1));
        if (number[^1] != expected)
        {
            problems.Add(ResidentIdProblems.CheckDigit(expected));
        }

        if (problems.Count > 0)
        {
            return ValidationOutcome<ResidentIdNumber>.Invalid(problems);
        }

        var gender = (number[16] - '0') % 2 == 1 ? Gender.Male : Gender.Female;
        return ValidationOutcome<ResidentIdNumber>.Valid(new ResidentIdNumber(number, birthDate, gender));
    }

    /// <summary>
    /// Compares what a person declared with what the number encodes; every disagreement is reported.
    /// An <see cref="Gender.Unspecified"/> gender was not declared, so there is nothing to contradict.
    /// </summary>
    public IReadOnlyList<ValidationProblem> CheckAgreement(DateOnly declaredBirthDate, Gender declaredGender)
    {
        var problems = new List<ValidationProblem>();
        if (declaredBirthDate != BirthDate)
        {
            problems.Add(ResidentIdProblems.BirthDateDisagrees());
        }

        if (declaredGender != Gender.Unspecified && declaredGender != Gender)
        {
            problems.Add(ResidentIdProblems.GenderDisagrees());
        }

        return problems;
    }

    // Records print their properties; this keeps the full number out of logs and exception text.
    public override string ToString() => Masking.MaskIdNumber(Value);

    // Full-width digits and X come from Chinese input methods; spaces from people grouping digits.
    private static string Normalize(string value) =>
        string.Concat(value.Normalize(NormalizationForm.FormKC).Where(c => !char.IsWhiteSpace(c))).ToUpperInvariant();

    private static char CheckCharacterFor(ReadOnlySpan<char> first17Digits)
    {
        var sum = 0;
        for (var i = 0; i < Weights.Length; i++)
        {
            sum += (first17Digits[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}
