namespace Volunteer.Reporting.Commendation;

/// <summary>The figures a team or volunteer is ranked on for the year.</summary>
public sealed record CandidateFigures(
    Guid Id, string Name, Guid UnionId, decimal Hours, int Activities, int Beneficiaries, int RecordedOnTime,
    int OpenSeriousIncidents)
{
    public double OnTimeShare => Activities == 0 ? 0 : (double)RecordedOnTime / Activities;
}
