using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Commendation;
using Volunteer.Reporting.Figures;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Grpc;

/// <summary>Reads ListCommendationCandidates, collecting every bad field before answering.</summary>
public static class CommendationValidation
{
    public static CandidateListing Parse(ListCommendationCandidatesRequest request)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        if (!FieldRules.IsDefined<CandidateKind>((int)request.Kind))
        {
            violations.Add("kind", "须为集体（CANDIDATE_KIND_TEAM）或个人（CANDIDATE_KIND_INDIVIDUAL）");
        }

        if (request.Limit < 0)
        {
            violations.Add("limit", FieldTexts.NotNegative);
        }

        if (request.CampaignYear is not 0 and (< ReportDates.FirstYear or > ReportDates.LastYear))
        {
            violations.Add("campaign_year",
                $"须为0（本年）或{ReportDates.FirstYear}至{ReportDates.LastYear}之间的年份");
        }

        violations.ThrowIfAny();
        return new CandidateListing(unionId, request.Kind == CandidateKind.Team, request.CampaignYear, request.Limit);
    }
}
