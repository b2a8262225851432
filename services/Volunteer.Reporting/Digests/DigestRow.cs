namespace Volunteer.Reporting.Digests;

/// <summary>
/// A produced digest. (Kind, ScopeKey, PeriodStart) is unique: the row is inserted first as the
/// claim, so a second replica producing the same digest fails on the index and does nothing.
/// </summary>
public sealed class DigestRow
{
    public Guid Id { get; set; }

    public required string Kind { get; set; }

    /// <summary>"province" or the root union's id.</summary>
    public required string ScopeKey { get; set; }

    /// <summary>Root union of the subtree; the provincial union (or null before it is known) for the province.</summary>
    public Guid? UnionId { get; set; }

    public required string ScopeName { get; set; }

    public DateOnly PeriodStart { get; set; }

    public DateOnly PeriodEnd { get; set; }

    public DateTimeOffset ProducedAt { get; set; }

    /// <summary>schedule or on-demand.</summary>
    public required string Trigger { get; set; }

    /// <summary>
    /// When hours of its period were last corrected after it was produced: the stored content is then
    /// older than the figures and records, which follow corrections. Null while it still holds.
    /// </summary>
    public DateTimeOffset? AmendedAt { get; set; }

    /// <summary>The DigestContent as JSON; rendered per format and language when read.</summary>
    public string Content { get; set; } = "{}";
}
