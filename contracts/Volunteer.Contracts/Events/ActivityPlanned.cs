namespace Volunteer.Contracts.Events;

/// <summary>
/// An activity was planned (draft), or a draft or blocked one was edited: announced again with the new
/// values, the latest word on them. Carries what records and reports show about it.
/// </summary>
/// <param name="Form">teaching, medical, performance, skills-training, experience-exchange, consulting,
/// donation, school-enterprise, internet-plus or other.</param>
/// <param name="Mode">designated or paired.</param>
/// <param name="OutsideWindow">Dates outside the campaign's activity window, accepted as an exception.</param>
public sealed record ActivityPlanned(
    Guid ActivityId,
    Guid UnionId,
    int CampaignYear,
    string Name,
    string Form,
    string Domain,
    string Mode,
    Guid? SiteId,
    Guid? NeedId,
    IReadOnlyList<Guid> TeamIds,
    DateOnly StartsOn,
    DateOnly EndsOn,
    string Place,
    string RegionCode,
    string LeaderName,
    string Content,
    bool OutsideWindow,
    DateTimeOffset PlannedAt) : IProjectedEvent;
