namespace Volunteer.Safety.Volunteers;

/// <summary>A volunteer as the roster registered them: only what insured lists and scope checks need.</summary>
public sealed class KnownVolunteer
{
    public Guid Id { get; set; }

    public Guid UnionId { get; set; }

    public required string Name { get; set; }
}
