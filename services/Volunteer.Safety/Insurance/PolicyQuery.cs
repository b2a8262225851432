using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Insurance;

/// <summary>Which policies to list: held within a union's subtree, covering a given day.</summary>
public sealed record PolicyQuery(Guid? UnionSubtreeOf, DateOnly? CoveringDay, IdPage Page);
