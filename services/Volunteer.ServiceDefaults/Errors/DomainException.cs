namespace Volunteer.ServiceDefaults.Errors;

/// <summary>
/// A use case's refusal, stated in domain terms. Use cases and rules throw these and never know about
/// the transport; the gRPC edge turns each into a <c>google.rpc.Status</c> with its details.
/// </summary>
public abstract class DomainException(string message) : Exception(message);
