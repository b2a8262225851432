namespace Volunteer.Roster.Unions;

/// <summary>A checked page request over unions: the page starts after (region code, id) when one is given.</summary>
public sealed record UnionListQuery(int PageSize, string? AfterRegionCode, Guid AfterId, Guid? SubtreeOf);
