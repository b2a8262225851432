using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteer.Messaging.Diagnostics;

namespace Volunteer.Messaging.Outbox;

/// <summary>Writes a failed publish down on its row and sets the row aside once it is clearly hopeless.</summary>
internal sealed partial class OutboxFailureRecorder(
    MessagingMetrics metrics,
    IOptions<OutboxOptions> options,
    TimeProvider timeProvider,
    ILogger<OutboxFailureRecorder> logger)
{
    private const int MaxErrorLength = 2000;

    /// <summary>
    /// Returns whether the row is now a dead letter, so the rows behind it may go on. Only a row that
    /// failed on its own counts: beside others, a failure that closed the channel could be a neighbour's.
    /// </summary>
    public bool RecordFailure(OutboxMessage message, Exception exception, bool publishedAlone)
    {
        var error = $"{exception.GetType().Name}: {exception.Message}";
        message.LastError = error.Length <= MaxErrorLength ? error : error[..MaxErrorLength];
        if (!PublishFailures.IsCausedByMessage(exception))
        {
            return false;
        }

        message.Attempts++;
        if (!publishedAlone || message.Attempts < options.Value.MaxAttempts)
        {
            return false;
        }

        message.DeadLetteredAt = timeProvider.GetUtcNow();
        metrics.DeadLettered(message.MessageType);
        LogDeadLettered(logger, message.MessageType, message.Id, message.Attempts, message.LastError);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Outbox message {MessageType} {MessageId} set aside as a dead letter after {Attempts} attempts: "
            + "{Error}")]
    private static partial void LogDeadLettered(
        ILogger logger, string messageType, Guid messageId, int attempts, string error);
}
