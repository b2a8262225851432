namespace Volunteer.Notifications.Inbox;

/// <summary>The resource paths notifications lead to (the proto's Notification.link).</summary>
public static class Links
{
    public static string Activity(Guid id) => $"activities/{id}";

    public static string Policy(Guid id) => $"policies/{id}";

    public static string Digest(Guid id) => $"digests/{id}";
}
