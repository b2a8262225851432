namespace Volunteer.Contracts.Events;

/// <summary>
/// An activity was submitted for safety clearance, or a blocked one was edited and so submitted again.
/// Safety computes clearance from these dates and the participants confirmed so far (the whole list: one
/// not in it no longer takes part); later confirmations and withdrawals follow as their own events.
/// </summary>
/// <param name="DepartsOn">First travel day (equals StartsOn when there is no travel before).</param>
/// <param name="ReturnsOn">Last travel day (equals EndsOn when there is no travel after).</param>
/// <param name="Online">An internet-plus activity without physical presence.</param>
/// <param name="TeamIds">The activity's teams, whose captains act for it on site (absent from older events).</param>
public sealed record ActivitySubmitted(
    Guid ActivityId,
    Guid UnionId,
    string Name,
    string Form,
    DateOnly StartsOn,
    DateOnly EndsOn,
    DateOnly DepartsOn,
    DateOnly ReturnsOn,
    bool Online,
    IReadOnlyList<Guid> ParticipantIds,
    DateTimeOffset SubmittedAt,
    IReadOnlyList<Guid>? TeamIds = null) : IProjectedEvent;
