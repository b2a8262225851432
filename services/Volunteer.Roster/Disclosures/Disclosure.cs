using Volunteer.Roster.Unions;
using Volunteer.ServiceDefaults.Auth;

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

    /// <summary>The policy of an insured-list export; null otherwise.</summary>
    public Guid? PolicyId { get; init; }

    /// <summary>A file of ID numbers delivered to the caller, filed under the union it was made for.</summary>
    public static Disclosure OfExport(
        DisclosureKind kind, PlatformCaller caller, DateTimeOffset at, (Guid Id, string Path) union,
        ExportFormat format, int rows, (DateOnly Start, DateOnly End)? period = null, Guid? policyId = null) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = kind,
        ActorSubject = caller.Subject,
        ActorRole = caller.Role,
        At = at,
        UnionId = union.Id,
        UnionPath = union.Path,
        Format = format,
        RowCount = rows,
        PeriodStart = period?.Start,
        PeriodEnd = period?.End,
        PolicyId = policyId,
    };
}
