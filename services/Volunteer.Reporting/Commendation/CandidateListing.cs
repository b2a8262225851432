namespace Volunteer.Reporting.Commendation;

/// <summary>
/// Candidates to rank: teams or individuals of a union's subtree (or the caller's default), for a campaign
/// year (0: this year), at most Limit of them (0: the default number).
/// </summary>
public sealed record CandidateListing(Guid? UnionId, bool Teams, int CampaignYear, int Limit);
