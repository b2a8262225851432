using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Incidents;

/// <summary>Which incidents to list: within a union's subtree, of one activity, only overdue ones.</summary>
public sealed record IncidentQuery(Guid? UnionSubtreeOf, Guid? ActivityId, bool OverdueOnly, IdPage Page);
