namespace Volunteer.ServiceDefaults.Errors;

/// <summary>Something this answer depends on cannot answer now; the same request may succeed later.</summary>
public sealed class UnavailableException(string reason, string description) : DomainException(description)
{
    public string Reason { get; } = reason;
}
