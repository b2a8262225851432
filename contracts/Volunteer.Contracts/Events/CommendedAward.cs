namespace Volunteer.Contracts.Events;

/// <summary>One published commendation: a team's (先进集体) when Team is true, else a volunteer's (先进个人).</summary>
/// <param name="NominationId">Stable per award: a redelivery or replay records it once.</param>
public sealed record CommendedAward(Guid NominationId, bool Team, Guid SubjectId, string Name);
