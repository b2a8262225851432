using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Roster.Unions;

/// <summary>Something that belongs to a union and is listed in time order (its id is a UUIDv7).</summary>
public interface IUnionScoped : ITimeOrdered
{
    string UnionPath { get; }
}
