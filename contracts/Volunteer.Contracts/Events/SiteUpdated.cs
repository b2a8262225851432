namespace Volunteer.Contracts.Events;

/// <summary>
/// An assistance site was corrected (UpdateSite): its values after the edit and the fields that changed.
/// The site's contact (a person's name and phone) never travels; an edit of the contact alone publishes nothing.
/// </summary>
/// <param name="Kind">village, school, clinic or county.</param>
/// <param name="Mode">designated (省内定点帮扶) or paired (对口帮扶).</param>
/// <param name="ChangedFields">The update-mask paths whose values changed, e.g. "name", "region_code".</param>
public sealed record SiteUpdated(
    Guid SiteId,
    Guid UnionId,
    string Name,
    string Kind,
    string RegionCode,
    string Mode,
    IReadOnlyList<string> ChangedFields,
    DateTimeOffset UpdatedAt) : IProjectedEvent;
