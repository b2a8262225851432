namespace Volunteer.ServiceDefaults.Grpc;

/// <summary>A row whose id is a version 7 UUID, so ordering by id is ordering by creation.</summary>
public interface ITimeOrdered
{
    Guid Id { get; }
}
