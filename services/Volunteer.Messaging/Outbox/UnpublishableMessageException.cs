namespace Volunteer.Messaging.Outbox;

/// <summary>
/// An outbox row this build cannot turn into a message: its type is unknown or its payload unreadable.
/// </summary>
public sealed class UnpublishableMessageException(string message, Exception? innerException = null)
    : Exception(message, innerException);
