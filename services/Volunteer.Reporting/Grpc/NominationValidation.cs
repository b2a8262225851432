using Volunteer.Contracts.Reporting.V1;
using Volunteer.Reporting.Commendation;
using Volunteer.Reporting.Figures;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Reporting.Grpc;

/// <summary>Reads the nomination workflow's requests, collecting every bad field before answering.</summary>
public static class NominationValidation
{
    private const int ReasonLength = 500;

    public static NewNomination Parse(NominateForCommendationRequest request)
    {
        var violations = new FieldViolations();
        var requestId = FieldRules.Text(request.RequestId, RequestLimits.RequestId, "request_id", violations);
        Year(request.CampaignYear, violations);
        var team = request.Kind == CandidateKind.Team;
        var volunteerId = violations.Id(request.VolunteerId, "volunteer_id", required: false);
        var teamId = violations.Id(request.TeamId, "team_id", required: false);
        if (!FieldRules.IsDefined<CandidateKind>((int)request.Kind))
        {
            violations.Add("kind", "须为 CANDIDATE_KIND_TEAM（先进集体）或 CANDIDATE_KIND_INDIVIDUAL（先进个人）");
        }
        else if ((team ? request.TeamId : request.VolunteerId).Length == 0
            || (team ? request.VolunteerId : request.TeamId).Length > 0)
        {
            violations.Add(team ? "team_id" : "volunteer_id",
                team ? "提名先进集体须且只须填写 team_id" : "提名先进个人须且只须填写 volunteer_id");
        }

        var reason = FieldRules.Text(request.Reason, ReasonLength, "reason", violations, required: false);
        violations.ThrowIfAny();
        return new NewNomination(requestId, request.CampaignYear, team, (team ? teamId : volunteerId)!.Value, reason);
    }

    public static Guid Id(string nominationId)
    {
        var violations = new FieldViolations();
        var id = violations.Id(nominationId, "nomination_id");
        violations.ThrowIfAny();
        return id!.Value;
    }

    public static NominationVerdict Parse(DecideNominationRequest request)
    {
        var violations = new FieldViolations();
        var id = violations.Id(request.NominationId, "nomination_id");
        var reason = FieldRules.Text(request.Reason, ReasonLength, "reason", violations, required: false);
        if (!FieldRules.IsDefined<NominationDecision>((int)request.Decision))
        {
            violations.Add("decision", "须为 NOMINATION_DECISION_APPROVE（批准）或 NOMINATION_DECISION_REJECT（不批准）");
        }
        else if (request.Decision == NominationDecision.Reject && reason.Length == 0)
        {
            violations.Add("reason", "不批准时须说明理由");
        }

        violations.ThrowIfAny();
        return new NominationVerdict(id!.Value, request.Decision == NominationDecision.Approve, reason);
    }

    public static (string RequestId, int CampaignYear) Parse(PublishCommendationsRequest request)
    {
        var violations = new FieldViolations();
        var requestId = FieldRules.Text(request.RequestId, RequestLimits.RequestId, "request_id", violations);
        Year(request.CampaignYear, violations);
        violations.ThrowIfAny();
        return (requestId, request.CampaignYear);
    }

    public static NominationListing Parse(ListNominationsRequest request)
    {
        var violations = new FieldViolations();
        var unionId = violations.Id(request.UnionId, "union_id", required: false);
        Year(request.CampaignYear, violations);
        if (request.Status != NominationStatus.Unspecified
            && !FieldRules.IsDefined<NominationStatus>((int)request.Status))
        {
            violations.Add("status", "不是已知的提名状态");
        }

        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        violations.ThrowIfAny();
        var status = request.Status == NominationStatus.Unspecified ? null : NominationMapping.StatusOf(request.Status);
        return new NominationListing(unionId, request.CampaignYear, status, paging);
    }

    private static void Year(int campaignYear, FieldViolations violations)
    {
        if (campaignYear is not 0 and (< ReportDates.FirstYear or > ReportDates.LastYear))
        {
            violations.Add("campaign_year", $"须为0（本年度）或{ReportDates.FirstYear}至{ReportDates.LastYear}年间的年份");
        }
    }
}
