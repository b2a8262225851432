namespace Volunteer.Reporting.Cases;

/// <summary>A completed activity put forward as typical experience (典型经验), with the consents for publicity.</summary>
public sealed class TypicalCaseRow
{
    public Guid Id { get; set; }

    public Guid ActivityId { get; set; }

    public Guid UnionId { get; set; }

    public required string ActivityName { get; set; }

    public required string Story { get; set; }

    public required string Innovation { get; set; }

    public required string Results { get; set; }

    public bool VolunteersNamed { get; set; }

    public bool VolunteersPictured { get; set; }

    public bool BeneficiariesNamed { get; set; }

    public bool BeneficiariesPictured { get; set; }

    public DateTimeOffset MarkedAt { get; set; }

    public required string MarkedBy { get; set; }

    public required string RequestId { get; set; }

    /// <summary>Public material (digests) carries only cases where both volunteers and beneficiaries agreed to being named.</summary>
    public bool IsPublic => VolunteersNamed && BeneficiariesNamed;
}
