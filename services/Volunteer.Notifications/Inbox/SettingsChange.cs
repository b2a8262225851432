namespace Volunteer.Notifications.Inbox;

/// <summary>The fields an update names (its mask) and their new values.</summary>
public sealed record SettingsChange(bool SetsAddress, string? EmailAddress, bool SetsEnabled, bool EmailEnabled);
