namespace Volunteer.Contracts.Events;

/// <summary>A team's name was changed; the earlier name is carried so that consumers keep the history.</summary>
public sealed record TeamRenamed(Guid TeamId, Guid UnionId, string Name, string PreviousName, DateTimeOffset RenamedAt);
