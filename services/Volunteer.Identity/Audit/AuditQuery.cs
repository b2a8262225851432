using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Identity.Audit;

public sealed record AuditQuery(
    Guid? AccountId, Guid? UnionSubtreeOf, AuditKind? Kind, DateTimeOffset? From, DateTimeOffset? To, IdPage Page);
