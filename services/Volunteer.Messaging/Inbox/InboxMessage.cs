namespace Volunteer.Messaging.Inbox;

/// <summary>A message a consumer has handled, committed with the handling's effects.</summary>
public sealed class InboxMessage
{
    /// <summary>The receive endpoint (queue) that handled it: one consumer per queue.</summary>
    public required string Consumer { get; init; }

    public Guid MessageId { get; init; }

    public DateTimeOffset ProcessedAt { get; init; }
}
