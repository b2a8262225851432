namespace Volunteer.Messaging.Inbox;

/// <summary>
/// A receive endpoint that keeps its own inbox (see <see cref="BatchInbox"/>) and so is left out of the
/// per-message <see cref="InboxFilter{TMessage}"/>: a batch consumer checks and records a whole batch
/// in its one transaction instead. Registered as a singleton by the service that owns the endpoint.
/// </summary>
public sealed record InboxExemptEndpoint(string EndpointName);
