using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Identity.Audit;

/// <summary>One security event: who did what to whom, for which union, when, in which request.</summary>
public sealed class AuditEntry : ITimeOrdered
{
    public Guid Id { get; set; }

    public AuditKind Kind { get; set; }

    public required string Actor { get; set; }

    public Guid? AccountId { get; set; }

    public Guid? UnionId { get; set; }

    public DateTimeOffset At { get; set; }

    public required string RequestId { get; set; }

    public required string Detail { get; set; }
}
