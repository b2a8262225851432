using MassTransit;
using Microsoft.Extensions.Logging;

namespace Volunteer.Messaging.Diagnostics;

/// <summary>
/// Hears of a message only once it has failed every retry and goes to the error queue (the retry
/// holds back the faults of the attempts before). Logs which message failed and why, never its
/// content, and counts it.
/// </summary>
internal sealed partial class FaultObserver(MessagingMetrics metrics, ILogger<FaultObserver> logger) : IConsumeObserver
{
    public Task ConsumeFault<T>(ConsumeContext<T> context, Exception exception) where T : class
    {
        metrics.Faulted(typeof(T).Name);
        LogFault(logger, exception, typeof(T).Name, context.MessageId, context.ReceiveContext.InputAddress.AbsolutePath);
        return Task.CompletedTask;
    }

    public Task PreConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    public Task PostConsume<T>(ConsumeContext<T> context) where T : class => Task.CompletedTask;

    [LoggerMessage(Level = LogLevel.Error, Message = "{MessageType} {MessageId} failed on {Queue} after its retries; moved to the error queue")]
    private static partial void LogFault(ILogger logger, Exception exception, string messageType, Guid? messageId, string queue);
}
