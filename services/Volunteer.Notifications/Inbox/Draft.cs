namespace Volunteer.Notifications.Inbox;

/// <summary>What an event says to its recipients: the same text and link for each of them.</summary>
/// <param name="SourceKey">The event fact, e.g. "digest:{id}": with the recipient, unique.</param>
public sealed record Draft(string SourceKey, string Kind, string Text, string Link);
