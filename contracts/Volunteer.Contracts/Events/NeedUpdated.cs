namespace Volunteer.Contracts.Events;

/// <summary>
/// A site's need was revised (UpdateNeed) before any team was matched to it: its values after the edit and the
/// fields that changed. A verified need that changes goes back to registered, to be verified again.
/// </summary>
/// <param name="Domain">education, science, culture, medical or health.</param>
/// <param name="ChangedFields">The update-mask paths whose values changed, e.g. "title", "wished_to", "status".</param>
public sealed record NeedUpdated(
    Guid NeedId,
    Guid SiteId,
    Guid UnionId,
    string Title,
    string Domain,
    IReadOnlyList<string> Skills,
    DateOnly WishedFrom,
    DateOnly WishedTo,
    IReadOnlyList<string> ChangedFields,
    DateTimeOffset UpdatedAt) : IProjectedEvent;
