using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Commendation;

public static class CommendationMapping
{
    /// <summary>Ranked candidates, first the best, with the criteria they were ranked by.</summary>
    public static Proto.ListCommendationCandidatesResponse ToProto(this IReadOnlyList<CandidateFigures> ranked) => new()
    {
        Criteria = { CommendationRanking.Criteria },
        Candidates =
        {
            ranked.Select((c, i) => new Proto.CommendationCandidate
            {
                Rank = i + 1, Id = c.Id.ToString(), Name = c.Name, UnionId = c.UnionId.ToString(),
                Hours = (double)c.Hours, Activities = c.Activities, Beneficiaries = c.Beneficiaries,
                OnTimeShare = c.OnTimeShare, OpenSeriousIncidents = c.OpenSeriousIncidents,
            }),
        },
    };
}
