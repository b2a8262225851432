namespace Volunteer.Contracts.Events;

/// <summary>
/// The province published a version of a campaign year's commendation list: each award goes on the
/// team's or volunteer's record. Carries ids only; a later version carries only the awards it adds.
/// </summary>
public sealed record CommendationsPublished(
    Guid PublicationId, int CampaignYear, int Version, DateOnly PublishedOn, string GrantingBody,
    IReadOnlyList<CommendedAward> Awards);
