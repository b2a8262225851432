using System.Reflection;
using MassTransit;
using Volunteer.Contracts.Events;

namespace Volunteer.Reporting.Projections;

/// <summary>
/// The batch consumer receives every event as <see cref="IProjectedEvent"/>; each element's concrete
/// event is read again as the first projected type its envelope names (its own type comes first).
/// </summary>
internal static class ProjectedEventReader
{
    private static readonly MethodInfo ReadAs =
        typeof(ProjectedEventReader).GetMethod(nameof(Read), BindingFlags.NonPublic | BindingFlags.Static)!;

    private static readonly Dictionary<string, Func<ConsumeContext, object?>> ByUrn =
        ProjectedEventTypes.All.ToDictionary(
            MessageUrn.ForTypeString,
            type => ReadAs.MakeGenericMethod(type).CreateDelegate<Func<ConsumeContext, object?>>());

    public static DeliveredEvent Delivered(ConsumeContext<IProjectedEvent> context)
    {
        var messageId = context.MessageId
            ?? throw new InvalidOperationException("A message without a MessageId cannot be deduplicated.");
        foreach (var urn in context.SupportedMessageTypes)
        {
            if (ByUrn.TryGetValue(urn, out var read) && read(context) is { } message)
            {
                return new DeliveredEvent(message, messageId, context.SentTime);
            }
        }

        throw new InvalidOperationException($"Message {messageId} names no projected event type.");
    }

    /// <summary>
    /// Where the broker put the message in the queue: the producers' order, which the batch keeps.
    /// </summary>
    public static ulong QueuePosition(ConsumeContext context) =>
        context.ReceiveContext is RabbitMqBasicConsumeContext rabbit ? rabbit.DeliveryTag : 0;

    private static object? Read<TEvent>(ConsumeContext context) where TEvent : class =>
        context.TryGetMessage<TEvent>(out var typed) ? typed.Message : null;
}
