namespace Volunteer.ServiceDefaults.Errors;

/// <summary>
/// The request is well formed but the state of things does not allow it (FAILED_PRECONDITION); each
/// broken rule is listed. <paramref name="reason"/>, when given, names the refusal as a whole.
/// </summary>
public sealed class RuleBrokenException(IReadOnlyList<RuleViolation> violations, string message, string? reason = null)
    : DomainException(message)
{
    public RuleBrokenException(string type, string subject, string description)
        : this([new RuleViolation(type, subject, description)], description)
    {
    }

    public IReadOnlyList<RuleViolation> Violations { get; } = violations;

    public string? Reason { get; } = reason;
}
