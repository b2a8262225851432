using Volunteer.Roster.Unions;

namespace Volunteer.Roster.Disclosures;

/// <summary>
/// Audit of every time full ID numbers left the service: who, when, about whom (a reveal) or which union
/// and period (an export), and how many rows. Kept under the union it concerns, so admins list their own.
/// </summary>
public sealed class Disclosure : IUnionScoped
{
    public Guid Id { get; init; }

    public DisclosureKind Kind { get; init; }

    public required string ActorSubject { get; init; }

    public required string ActorRole { get; init; }

    public DateTimeOffset At { get; init; }

    /// <summary>The volunteer whose number was revealed; null for an export.</summary>
    public Guid? VolunteerId { get; init; }

    /// <summary>The revealed volunteer's union, or the root of the exported subtree.</summary>
    public Guid UnionId { get; init; }

    public required string UnionPath { get; init; }

    public DateOnly? PeriodStart { get; init; }

    public DateOnly? PeriodEnd { get; init; }

    public ExportFormat? Format { get; init; }

    public int RowCount { get; init; }
}
