namespace Volunteer.Safety.Insurance;

/// <summary>Consecutive days covered by the same policies; no policies means a gap in cover.</summary>
public sealed record CoverRun(DateOnly From, DateOnly To, IReadOnlyList<Guid> PolicyIds, bool TravelCovered)
{
    public bool IsGap => PolicyIds.Count == 0;
}
