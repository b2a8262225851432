namespace Volunteer.ServiceDefaults.Errors;

/// <summary>The same data kept changing under the request; sending it again is safe (ABORTED).</summary>
public sealed class ConcurrentChangeException()
    : DomainException("The same data changed at the same moment; send the request again.");
