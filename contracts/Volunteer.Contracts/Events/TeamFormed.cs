namespace Volunteer.Contracts.Events;

/// <summary>A union formed a service team (forming until it has a captain and enough approved members).</summary>
/// <param name="Specialty">education, science, culture, medical or health.</param>
public sealed record TeamFormed(Guid TeamId, Guid UnionId, string Name, string Specialty, DateTimeOffset FormedAt)
    : IProjectedEvent;
