namespace Volunteer.Reporting.Digests;

/// <summary>
/// A produced version of a digest. (Kind, ScopeKey, PeriodStart, Version) is unique: the row is inserted
/// first as the claim, so a second replica producing the same version fails on the index and does nothing.
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

    /// <summary>1 for the first digest of its period; each later one covers later records and corrections.</summary>
    public int Version { get; set; } = 1;

    /// <summary>The first day its figures are final (past the recording deadline); provisional before.</summary>
    public DateOnly FinalFrom { get; set; }

    /// <summary>
    /// When records or corrections of its period last arrived after it was produced: its content is then
    /// older than the figures, and the next version (produced by the schedule) covers them. Null while it holds.
    /// </summary>
    public DateTimeOffset? AmendedAt { get; set; }

    /// <summary>The DigestContent as JSON; rendered per format and language when read.</summary>
    public string Content { get; set; } = "{}";
}
