namespace Volunteer.ServiceDefaults.Errors;

/// <param name="Type">UPPER_SNAKE_CASE name of the broken rule, e.g. VOLUNTEER_NOT_APPROVED.</param>
/// <param name="Subject">What broke it, e.g. "volunteer/{id}".</param>
public sealed record RuleViolation(string Type, string Subject, string Description);
