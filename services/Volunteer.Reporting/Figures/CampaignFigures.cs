namespace Volunteer.Reporting.Figures;

/// <summary>The figures of a union subtree for a period (see figures.proto for what each one counts).</summary>
public sealed record CampaignFigures
{
    public required Guid? UnionId { get; init; }
    public required string UnionName { get; init; }
    public required DateOnly PeriodStart { get; init; }
    public required DateOnly PeriodEnd { get; init; }
    public int ActiveTeams { get; init; }
    public int TeamTarget { get; init; }
    public int VettedPeople { get; init; }
    public int PeopleTarget { get; init; }
    public int Activities { get; init; }
    public IReadOnlyList<Tally> ByForm { get; init; } = [];
    public IReadOnlyList<Tally> ByMode { get; init; } = [];
    public IReadOnlyList<Tally> ByDomain { get; init; } = [];
    public IReadOnlyList<Tally> ByStatus { get; init; } = [];
    public decimal ServiceHours { get; init; }
    public decimal RecordedHours { get; init; }
    public int VolunteersServed { get; init; }
    public int Beneficiaries { get; init; }
    public decimal DonationValue { get; init; }
    public IReadOnlyList<Amount> SpendingBySource { get; init; } = [];
    public IReadOnlyList<Tally> IncidentsBySeverity { get; init; } = [];
    public int UnclearedUpcoming { get; init; }
    public int OverdueRecords { get; init; }
    public IReadOnlyList<Amount> HoursByUnion { get; init; } = [];

    // A record compares its lists by reference; a watcher must know whether the figures themselves changed.
    public bool Equals(CampaignFigures? other) =>
        other is not null
        && (UnionId, UnionName, PeriodStart, PeriodEnd, ActiveTeams, TeamTarget, VettedPeople, PeopleTarget, Activities)
            == (other.UnionId, other.UnionName, other.PeriodStart, other.PeriodEnd, other.ActiveTeams,
                other.TeamTarget, other.VettedPeople, other.PeopleTarget, other.Activities)
        && (ServiceHours, RecordedHours, VolunteersServed, Beneficiaries, DonationValue, UnclearedUpcoming, OverdueRecords)
            == (other.ServiceHours, other.RecordedHours, other.VolunteersServed, other.Beneficiaries,
                other.DonationValue, other.UnclearedUpcoming, other.OverdueRecords)
        && ByForm.SequenceEqual(other.ByForm) && ByMode.SequenceEqual(other.ByMode)
        && ByDomain.SequenceEqual(other.ByDomain) && ByStatus.SequenceEqual(other.ByStatus)
        && SpendingBySource.SequenceEqual(other.SpendingBySource)
        && IncidentsBySeverity.SequenceEqual(other.IncidentsBySeverity)
        && HoursByUnion.SequenceEqual(other.HoursByUnion);

    public override int GetHashCode() => HashCode.Combine(UnionId, PeriodStart, PeriodEnd, Activities, ServiceHours);
}
