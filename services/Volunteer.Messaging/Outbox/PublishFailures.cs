using RabbitMQ.Client;
using RabbitMQ.Client.Events;
using RabbitMQ.Client.Exceptions;

namespace Volunteer.Messaging.Outbox;

/// <summary>Tells a row at fault from a broker that is away, which every row would meet alike.</summary>
internal static class PublishFailures
{
    /// <summary>
    /// Whether publishing failed because of the row itself: retrying it later, at the head of the outbox,
    /// will fail the same way. Anything else (no connection, no confirm in time) is taken for an outage:
    /// set aside then, rows would be lost from the order for no fault of theirs.
    /// </summary>
    public static bool IsCausedByMessage(Exception exception) =>
        exception is UnpublishableMessageException
        || Chain(exception).Any(e =>
            e is OperationInterruptedException { ShutdownReason: { } reason } && RefusesMessage(reason));

    // The broker closes the channel with PRECONDITION_FAILED when one message breaks its rules (e.g. its
    // max_message_size); a connection lost or a broker shutting down has other codes. A publish on the
    // channel closed that way fails with AlreadyClosedException, which carries the same reason.
    private static bool RefusesMessage(ShutdownEventArgs reason) =>
        reason.ReplyCode == Constants.PreconditionFailed && reason.Initiator == ShutdownInitiator.Peer;

    private static IEnumerable<Exception> Chain(Exception exception)
    {
        for (var e = exception; e is not null; e = e.InnerException)
        {
            yield return e;
        }
    }
}
