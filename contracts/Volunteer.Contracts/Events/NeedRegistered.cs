namespace Volunteer.Contracts.Events;

/// <summary>A site's need (服务需求) was registered; it is verified by a union before it is matched.</summary>
/// <param name="Domain">education, science, culture, medical or health.</param>
public sealed record NeedRegistered(
    Guid NeedId,
    Guid SiteId,
    Guid UnionId,
    string Title,
    string Domain,
    IReadOnlyList<string> Skills,
    DateOnly WishedFrom,
    DateOnly WishedTo,
    DateTimeOffset RegisteredAt) : IProjectedEvent;
