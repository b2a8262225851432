namespace Volunteer.Contracts.Events;

/// <summary>
/// A team's name was changed; the earlier name is carried so that consumers keep the history. Services that
/// copy team names (activity, reporting) keep the newest by <paramref name="RenamedAt"/>, whatever the arrival order.
/// </summary>
public sealed record TeamRenamed(Guid TeamId, Guid UnionId, string Name, string PreviousName, DateTimeOffset RenamedAt)
    : IProjectedEvent;
