using Google.Protobuf.WellKnownTypes;
using Proto = Volunteer.Contracts.Reporting.V1;

namespace Volunteer.Reporting.Commendation;

public static class NominationMapping
{
    private static readonly Dictionary<string, Proto.NominationStatus> Statuses = new()
    {
        [NominationStatuses.Nominated] = Proto.NominationStatus.Nominated,
        [NominationStatuses.Withdrawn] = Proto.NominationStatus.Withdrawn,
        [NominationStatuses.Approved] = Proto.NominationStatus.Approved,
        [NominationStatuses.Rejected] = Proto.NominationStatus.Rejected,
        [NominationStatuses.Published] = Proto.NominationStatus.Published,
    };

    public static string StatusOf(Proto.NominationStatus status) => Statuses.First(s => s.Value == status).Key;

    public static Proto.Nomination ToProto(this NominationRow n) => new()
    {
        Id = n.Id.ToString(),
        CampaignYear = n.CampaignYear,
        Kind = n.Team ? Proto.CandidateKind.Team : Proto.CandidateKind.Individual,
        SubjectId = n.SubjectId.ToString(),
        SubjectName = n.SubjectName,
        UnionId = n.UnionId.ToString(),
        Figures = new Proto.CommendationCandidate
        {
            Rank = n.Rank, Id = n.SubjectId.ToString(), Name = n.SubjectName, UnionId = n.UnionId.ToString(),
            Hours = (double)n.Hours, Activities = n.Activities, Beneficiaries = n.Beneficiaries,
            OnTimeShare = n.OnTimeShare, OpenSeriousIncidents = n.OpenSeriousIncidents,
        },
        FromCandidates = n.Rank > 0,
        Reason = n.Reason,
        Status = Statuses[n.Status],
        DecisionReason = n.DecisionReason,
        NominatedAt = Timestamp.FromDateTimeOffset(n.NominatedAt),
        DecidedAt = n.DecidedAt is { } decided ? Timestamp.FromDateTimeOffset(decided) : null,
        PublicationVersion = n.PublicationVersion,
    };

    public static Proto.CommendationPublication ToProto(
        this PublicationRow p, IEnumerable<NominationRow> published) => new()
    {
        Id = p.Id.ToString(),
        CampaignYear = p.CampaignYear,
        Version = p.Version,
        PublishedAt = Timestamp.FromDateTimeOffset(p.PublishedAt),
        Nominations = { published.Select(n => n.ToProto()) },
    };
}
