namespace Volunteer.Notifications.Inbox;

/// <summary>The machine codes of what a notification is about (the proto's Notification.kind).</summary>
public static class NotificationKinds
{
    public const string ActivityProposed = "ACTIVITY_PROPOSED";
    public const string ParticipationConfirmed = "PARTICIPATION_CONFIRMED";
    public const string ActivityBlocked = "ACTIVITY_BLOCKED";
    public const string HoursAwaitingApproval = "HOURS_AWAITING_APPROVAL";
    public const string RecordOverdue = "RECORD_OVERDUE";
    public const string PolicyExpiring = "POLICY_EXPIRING";
    public const string DigestPublished = "DIGEST_PUBLISHED";
}
