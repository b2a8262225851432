namespace Volunteer.Contracts.Events;

/// <summary>An activity was completed with its outcomes.</summary>
public sealed record ActivityCompleted(
    Guid ActivityId,
    Guid UnionId,
    IReadOnlyList<BeneficiaryCount> Beneficiaries,
    IReadOnlyList<DonationLine> Donations,
    IReadOnlyList<SpendingLine> Spending,
    string Summary,
    string Evaluation,
    DateTimeOffset CompletedAt) : IProjectedEvent;
