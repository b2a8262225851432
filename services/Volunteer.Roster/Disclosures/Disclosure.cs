using Volunteer.Roster.Unions;
using Volunteer.Roster.Volunteers;
using Volunteer.ServiceDefaults.Auth;

namespace Volunteer.Roster.Disclosures;

/// <summary>
/// Audit of every time full ID numbers or phones left the service: who, when, about whom (a reveal, for a
/// phone also for which activity and why) or which union and period (an export), and how many rows. Kept under the union it concerns, so admins list their own.
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

    /// <summary>The activity a phone reveal was for; null otherwise.</summary>
    public Guid? ActivityId { get; init; }

    /// <summary>Why the caller needed the phones; null for other disclosures.</summary>
    public string? Reason { get; init; }

    /// <summary>A volunteer's phones shown for an activity, filed under the volunteer's union.</summary>
    public static Disclosure OfContactPhones(
        PlatformCaller caller, DateTimeOffset at, StaffVolunteer volunteer, Guid activityId, string reason) => new()
    {
        Id = Guid.CreateVersion7(),
        Kind = DisclosureKind.ContactPhonesReveal,
        ActorSubject = caller.Subject,
        ActorRole = caller.Role,
        At = at,
        VolunteerId = volunteer.Id,
        UnionId = volunteer.UnionId,
        UnionPath = volunteer.UnionPath,
        RowCount = 1,
        ActivityId = activityId,
        Reason = reason,
    };

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
