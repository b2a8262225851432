namespace Volunteer.Reporting.Figures;

/// <summary>The figures of a scope that do not depend on the period: counted once for every period asked.</summary>
public sealed record StandingFigures(
    int ActiveTeams, int TeamTarget, int VettedPeople, int PeopleTarget, int UnclearedUpcoming, int OverdueRecords,
    UnionRollUp RollUp);
