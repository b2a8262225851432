using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Notifications.Inbox;

/// <summary>
/// One message to one person. SourceKey names the event fact it was made from, so that fact yields each
/// recipient's notification once however often it is delivered or rescanned.
/// </summary>
public sealed class Notification : ITimeOrdered
{
    public Guid Id { get; set; }

    /// <summary>The recipient's token subject: their volunteer id, or their account id.</summary>
    public required string Recipient { get; set; }

    public required string SourceKey { get; set; }

    public required string Kind { get; set; }

    public required string Text { get; set; }

    public required string Link { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? ReadAt { get; set; }

    public EmailState EmailState { get; set; }

    public int EmailAttempts { get; set; }

    /// <summary>When the next mail attempt is due, while pending.</summary>
    public DateTimeOffset? EmailDueAt { get; set; }
}
