namespace Volunteer.ServiceDefaults.Errors;

/// <param name="reason">UPPER_SNAKE_CASE reason a client can branch on, e.g. OUTSIDE_UNION_SCOPE.</param>
public sealed class AccessDeniedException(string reason, string description) : DomainException(description)
{
    public string Reason { get; } = reason;
}
