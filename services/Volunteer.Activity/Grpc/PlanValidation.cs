using Volunteer.Activity.Activities;
using Volunteer.Activity.Campaigns;
using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads a plan request field by field, so every problem is reported at once.</summary>
internal static class PlanValidation
{
    public const int MaxTeams = 20;

    public static ValidPlan Parse(Proto.PlanActivityRequest request, CampaignCalendar calendar)
    {
        var violations = new FieldViolations();
        FieldRules.OptionalText(request.RequestId, 100, "request_id", violations);
        var unionId = violations.Id(request.UnionId, "union_id");
        FieldRules.RequireText(request.Name, 100, "name", violations);
        var form = EnumField.Required<ActivityForm>((int)request.Form, "form", violations);
        var domain = EnumField.Required<ServiceDomain>((int)request.Domain, "domain", violations);
        var mode = EnumField.Required<AssistanceMode>((int)request.Mode, "mode", violations);
        var siteId = violations.Id(request.SiteId, "site_id", required: false);
        var needId = violations.Id(request.NeedId, "need_id", required: false);
        if (needId is not null && siteId is null)
        {
            violations.Add("site_id", "填写need_id时必填");
        }

        if (request.TeamIds.Count == 0)
        {
            violations.Add("team_ids", $"须列出1至{MaxTeams}个服务队");
        }

        var teamIds = FieldRules.Ids(request.TeamIds, "team_ids", MaxTeams, violations);
        var span = PlanDaysValidation.Span(request, violations);
        FieldRules.RequireText(request.Place, 200, "place", violations);
        FieldRules.RegionCode(request.RegionCode, "region_code", violations);
        FieldRules.RequireText(request.LeaderName, 50, "leader_name", violations);
        FieldRules.RequireText(request.Content, 2000, "content", violations);
        FieldRules.RequireText(request.RiskStatement, 1000, "risk_statement", violations);
        var budget = Budget(request.Budget, violations);
        FieldRules.OptionalText(request.OutsideWindowReason, 500, "outside_window_reason", violations);
        FieldRules.OptionalText(request.ModeExceptionReason, AssistanceModeRules.ExceptionReasonMaxLength,
            "mode_exception_reason", violations);
        var meetingDays = PlanDaysValidation.MeetingDays(request, span.StartsOn, span.EndsOn, violations);
        var outsideReason = OutsideWindowReason(request, span.StartsOn, span.EndsOn, calendar, violations);
        violations.ThrowIfAny();
        var days = new PlanDays(span.StartsOn!.Value, span.EndsOn!.Value, span.DepartsOn!.Value,
            span.ReturnsOn!.Value, meetingDays);
        return new ValidPlan(request.RequestId.Length > 0 ? request.RequestId : null, unionId!.Value,
            request.Name.Trim(), form, domain, mode, siteId, needId, teamIds, days, request.Place.Trim(),
            request.RegionCode, request.LeaderName.Trim(), request.Content.Trim(), request.RiskStatement.Trim(),
            budget, outsideReason, FieldRules.Trimmed(request.ModeExceptionReason));
    }

    // The reason is kept only for an activity outside the campaign's window, where it is required.
    private static string? OutsideWindowReason(Proto.PlanActivityRequest request, DateOnly? startsOn,
        DateOnly? endsOn, CampaignCalendar calendar, FieldViolations violations)
    {
        var outsideReason = FieldRules.Trimmed(request.OutsideWindowReason);
        if (startsOn is not { } start || endsOn is not { } end)
        {
            return outsideReason;
        }

        var campaign = calendar.For(start.Year);
        var inside = campaign.Contains(start) && campaign.Contains(end);
        if (!inside && outsideReason is null)
        {
            violations.Add(campaign.Contains(start) ? "ends_on" : "starts_on",
                $"不在{campaign.Year}年活动期（{campaign.ActivitiesFrom:yyyy-MM-dd}至"
                + $"{campaign.ActivitiesTo:yyyy-MM-dd}）之内；如作为例外安排，请填写outside_window_reason");
        }

        return inside ? null : outsideReason;
    }

    private static (decimal Amount, FundingSource Source) Budget(Proto.Budget? budget, FieldViolations violations)
    {
        if (budget is null)
        {
            violations.Add("budget", FieldTexts.Required);
            return (0, FundingSource.Union);
        }

        var amount = ActivityBounds.Amount(budget.Amount, "budget.amount", violations);
        var source = EnumField.Required<FundingSource>((int)budget.Source, "budget.source", violations);
        if (ActivityBounds.Amount(budget.RecipientCost, "budget.recipient_cost", violations, allowEmpty: true) != 0)
        {
            violations.Add("budget.recipient_cost", "须为零：志愿服务不得向服务对象收取费用（《志愿服务条例》第二十一条）");
        }

        return (amount, source);
    }
}
