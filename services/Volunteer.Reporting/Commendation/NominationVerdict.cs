namespace Volunteer.Reporting.Commendation;

/// <summary>The province's checked decision on a nomination; a rejection always has a reason.</summary>
public sealed record NominationVerdict(Guid NominationId, bool Approve, string Reason);
