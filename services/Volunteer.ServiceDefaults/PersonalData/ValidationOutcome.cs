using System.Diagnostics.CodeAnalysis;

namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>
/// Either a normalized value or every problem found, never both, so a caller cannot store a value
/// that failed a rule it did not think to check.
/// </summary>
public sealed class ValidationOutcome<T>
    where T : class
{
    private ValidationOutcome(T? value, IReadOnlyList<ValidationProblem> problems)
    {
        Value = value;
        Problems = problems;
    }

    public T? Value { get; }

    public IReadOnlyList<ValidationProblem> Problems { get; }

    [MemberNotNullWhen(true, nameof(Value))]
    public bool IsValid => Value is not null;

    public static ValidationOutcome<T> Valid(T value) => new(value, []);

    public static ValidationOutcome<T> Invalid(IReadOnlyList<ValidationProblem> problems)
    {
        if (problems.Count == 0)
        {
            throw new ArgumentException("An invalid outcome needs at least one problem.", nameof(problems));
        }

        return new(null, problems);
    }
}
