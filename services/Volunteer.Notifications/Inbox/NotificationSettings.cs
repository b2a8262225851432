namespace Volunteer.Notifications.Inbox;

/// <summary>How one person wants to be told besides the inbox; the address is theirs and shown only to them.</summary>
public sealed class NotificationSettings
{
    public required string Subject { get; set; }

    public string? EmailAddress { get; set; }

    public bool EmailEnabled { get; set; }
}
