using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Safety.Insurance;

/// <summary>A personal accident policy held by a union; limits in yuan.</summary>
public sealed class Policy : ITimeOrdered
{
    public Guid Id { get; set; }

    public Guid HolderUnionId { get; set; }

    public required string Insurer { get; set; }

    public required string PolicyNumber { get; set; }

    public required string Product { get; set; }

    public decimal DeathDisabilityLimit { get; set; }

    public decimal MedicalLimit { get; set; }

    public decimal MedicalDeductible { get; set; }

    public decimal ThirdPartyLiabilityLimit { get; set; }

    public DateOnly CoversFrom { get; set; }

    public DateOnly CoversTo { get; set; }

    public required string Territory { get; set; }

    public bool TravelCovered { get; set; }

    public string? RequestId { get; set; }

    /// <summary>1 as registered, one more with every update; earlier terms are kept as PolicyRevision rows.</summary>
    public int Revision { get; set; } = 1;

    public DateTimeOffset RegisteredAt { get; set; }
}
