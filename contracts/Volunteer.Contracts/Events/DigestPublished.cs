namespace Volunteer.Contracts.Events;

/// <summary>
/// Reporting produced a digest (once per kind, scope and period). Subscribers fetch it with GetDigest;
/// the event carries no figures and no personal data.
/// </summary>
/// <param name="Kind">weekly, monthly or campaign-summary.</param>
/// <param name="UnionId">Root union of the digest's subtree; null for the province-wide digest.</param>
/// <param name="Trigger">schedule or on-demand.</param>
public sealed record DigestPublished(
    Guid DigestId, string Kind, Guid? UnionId, DateOnly PeriodStart, DateOnly PeriodEnd, string Trigger, DateTimeOffset PublishedAt);
