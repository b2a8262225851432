using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Commendation;

/// <summary>Nominations of a union subtree (or the caller's) for a year (0: this year), in one status or any.</summary>
public sealed record NominationListing(Guid? UnionId, int CampaignYear, string? Status, IdPage Paging);
