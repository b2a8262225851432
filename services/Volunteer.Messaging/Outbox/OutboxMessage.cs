using System.Diagnostics;
using System.Text.Json;

namespace Volunteer.Messaging.Outbox;

/// <summary>
/// An integration event written in the same transaction as the change it reports, waiting for the
/// relay to publish it. Its id becomes the message's MessageId, which consumers deduplicate on.
/// </summary>
public sealed class OutboxMessage
{
    /// <summary>
    /// The row for an event, in the trace of the change it reports. Rows are written by
    /// <see cref="OutboxDbContextExtensions.AddIntegrationEvent"/> or <see cref="OutboxWriter"/>, or in bulk by a
    /// writer that then wakes the relays with <see cref="OutboxSignal.Committed"/>.
    /// </summary>
    public static OutboxMessage For(object integrationEvent)
    {
        var type = integrationEvent.GetType();
        var activity = Activity.Current;
        return new OutboxMessage
        {
            Id = Guid.CreateVersion7(),
            MessageType = OutboxMessageTypes.NameOf(type),
            Payload = JsonSerializer.Serialize(integrationEvent, type, JsonSerializerOptions.Web),
            TraceParent = activity?.IdFormat == ActivityIdFormat.W3C ? activity.Id : null,
            TraceState = activity?.TraceStateString,
        };
    }

    public Guid Id { get; init; }

    /// <summary>Write order; the relay publishes in this order.</summary>
    public long Sequence { get; init; }

    /// <summary>Assembly-qualified CLR type of the event, to publish it under its own message type.</summary>
    public required string MessageType { get; init; }

    public required string Payload { get; init; }

    /// <summary>W3C trace context of the change, so the consumer's work joins the same trace.</summary>
    public string? TraceParent { get; init; }

    public string? TraceState { get; init; }

    public DateTimeOffset CreatedAt { get; init; }

    public DateTimeOffset? SentAt { get; set; }

    /// <summary>
    /// Failed publishes this row caused itself (unknown type, unreadable payload, refused by the broker);
    /// attempts while the broker was away do not count, since the row is not at fault.
    /// </summary>
    public int Attempts { get; set; }

    /// <summary>
    /// The last publish error's type and message; never the payload. For a dead letter, why it is one.
    /// </summary>
    public string? LastError { get; set; }

    /// <summary>
    /// When the relay gave up on the row after <see cref="OutboxOptions.MaxAttempts"/> attempts, so the rows
    /// behind it could flow; it waits there until <see cref="OutboxDeadLetters.RetryAsync"/> puts it back.
    /// </summary>
    public DateTimeOffset? DeadLetteredAt { get; set; }
}
