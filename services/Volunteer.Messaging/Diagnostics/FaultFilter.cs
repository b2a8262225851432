using MassTransit;
using Microsoft.Extensions.Logging;

namespace Volunteer.Messaging.Diagnostics;

/// <summary>
/// Sits outside the retry: what reaches it has failed every attempt and goes to the error queue.
/// Logs which message failed and why, never its content, counts it, and rethrows so the message is
/// not acknowledged as handled.
/// </summary>
internal sealed partial class FaultFilter<TMessage>(MessagingMetrics metrics, ILogger<FaultFilter<TMessage>> logger)
    : IFilter<ConsumeContext<TMessage>> where TMessage : class
{
    public async Task Send(ConsumeContext<TMessage> context, IPipe<ConsumeContext<TMessage>> next)
    {
        try
        {
            await next.Send(context);
        }
        catch (Exception e) when (e is not OperationCanceledException || !context.CancellationToken.IsCancellationRequested)
        {
            metrics.Faulted(typeof(TMessage).Name);
            LogFault(logger, e, typeof(TMessage).Name, context.MessageId, context.ReceiveContext.InputAddress.AbsolutePath);
            throw;
        }
    }

    public void Probe(ProbeContext context) => context.CreateFilterScope("fault-logging");

    [LoggerMessage(Level = LogLevel.Error, Message = "{MessageType} {MessageId} failed on {Queue} after its retries; moved to the error queue")]
    private static partial void LogFault(ILogger logger, Exception exception, string messageType, Guid? messageId, string queue);
}
