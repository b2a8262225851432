namespace Volunteer.Notifications.Inbox;

/// <summary>Where a notification's mail stands; "none" when its recipient wants no mail or mail is off.</summary>
public enum EmailState
{
    None,
    Pending,
    Sent,
    Failed,
}
