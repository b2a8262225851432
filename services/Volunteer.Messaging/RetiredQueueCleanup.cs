using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using RabbitMQ.Client;
using RabbitMQ.Client.Exceptions;

namespace Volunteer.Messaging;

/// <summary>
/// Removes the queues that ordered endpoints replaced (<see cref="OrderedEndpoint.Replaces"/>). The queue's
/// own exchange goes first: the event exchanges are bound to it, so without it the old queue takes nothing
/// new. The queue itself goes only when empty; one still holding messages is left with a warning, for an
/// operator to move them to the new queue, since deleting them would lose events.
/// </summary>
internal sealed partial class RetiredQueueCleanup(
    IEnumerable<OrderedEndpoint> endpoints, IConfiguration configuration, ILogger<RetiredQueueCleanup> logger)
    : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var retired = endpoints.Select(endpoint => endpoint.Replaces).OfType<string>().ToList();
        if (retired.Count == 0)
        {
            return;
        }

        try
        {
            var broker = new Uri(configuration.GetConnectionString(MessagingExtensions.ConnectionName)!);
            await using var connection =
                await new ConnectionFactory { Uri = broker }.CreateConnectionAsync(stoppingToken);
            foreach (var queue in retired)
            {
                await RetireAsync(connection, queue, stoppingToken);
            }
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Nothing depends on it: the next start tries again.
            LogNotRetired(logger, e);
        }
    }

    private async Task RetireAsync(IConnection connection, string queue, CancellationToken stoppingToken)
    {
        await using var channel = await connection.CreateChannelAsync(cancellationToken: stoppingToken);
        await channel.ExchangeDeleteAsync(queue, cancellationToken: stoppingToken);
        uint left;
        try
        {
            left = (await channel.QueueDeclarePassiveAsync(queue, stoppingToken)).MessageCount;
        }
        catch (OperationInterruptedException e) when (e.ShutdownReason?.ReplyCode == Constants.NotFound)
        {
            return;
        }

        if (left > 0)
        {
            LogNotEmpty(logger, queue, left);
            return;
        }

        await channel.QueueDeleteAsync(queue, ifUnused: false, ifEmpty: true, cancellationToken: stoppingToken);
        LogRetired(logger, queue);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Deleted the retired queue {Queue}")]
    private static partial void LogRetired(ILogger logger, string queue);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "The retired queue {Queue} still holds {Count} messages: move them to its successor, then delete it")]
    private static partial void LogNotEmpty(ILogger logger, string queue, uint count);

    [LoggerMessage(Level = LogLevel.Warning,
        Message = "Could not remove retired queues; trying again at the next start")]
    private static partial void LogNotRetired(ILogger logger, Exception exception);
}
