namespace Volunteer.Reporting.Digests;

/// <summary>
/// A page of digests to list: of a union's subtree (or the caller's default), of one kind or all, newest
/// period first, after the digest the previous page ended with.
/// </summary>
public sealed record DigestListing(Guid? UnionId, string? Kind, int PageSize, DateOnly? AfterStart, Guid? AfterId);
