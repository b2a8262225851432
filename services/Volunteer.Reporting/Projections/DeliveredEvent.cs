namespace Volunteer.Reporting.Projections;

/// <summary>A projected event as delivered, with what the log and the inbox keep of its envelope.</summary>
public sealed record DeliveredEvent(object Message, Guid MessageId, DateTime? SentTime);
