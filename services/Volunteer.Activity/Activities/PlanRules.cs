using Volunteer.Activity.Campaigns;
using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Activities;

/// <summary>Checks a plan request field by field, so every problem is reported at once.</summary>
public static class PlanRules
{
    public const int MaxTeams = 20;

    public static ValidPlan Check(Proto.PlanActivityRequest request, CampaignCalendar calendar, FieldViolations violations)
    {
        FieldRules.OptionalText(request.RequestId, 100, "request_id", violations);
        var unionId = violations.Id(request.UnionId, "union_id");
        FieldRules.RequireText(request.Name, 100, "name", violations);
        RequireEnum<ActivityForm>((int)request.Form, "form", violations);
        RequireEnum<ServiceDomain>((int)request.Domain, "domain", violations);
        RequireEnum<AssistanceMode>((int)request.Mode, "mode", violations);
        var siteId = violations.Id(request.SiteId, "site_id", required: false);
        var needId = violations.Id(request.NeedId, "need_id", required: false);
        if (needId is not null && siteId is null)
        {
            violations.Add("site_id", "is required with need_id");
        }

        if (request.TeamIds.Count == 0)
        {
            violations.Add("team_ids", $"must name 1 to {MaxTeams} teams");
        }

        var teamIds = FieldRules.Ids(request.TeamIds, "team_ids", MaxTeams, violations);

        var (startsOn, endsOn, departsOn, returnsOn) = Dates(request, violations);
        FieldRules.RequireText(request.Place, 200, "place", violations);
        FieldRules.RegionCode(request.RegionCode, "region_code", violations);
        FieldRules.RequireText(request.LeaderName, 50, "leader_name", violations);
        FieldRules.RequireText(request.Content, 2000, "content", violations);
        FieldRules.RequireText(request.RiskStatement, 1000, "risk_statement", violations);
        var budget = Budget(request.Budget, violations);
        FieldRules.OptionalText(request.OutsideWindowReason, 500, "outside_window_reason", violations);
        var meetingDays = MeetingDays(request, startsOn, endsOn, violations);
        var outsideReason = FieldRules.Trimmed(request.OutsideWindowReason);
        if (startsOn is { } start && endsOn is { } end)
        {
            var campaign = calendar.For(start.Year);
            var inside = campaign.Contains(start) && campaign.Contains(end);
            if (!inside && outsideReason is null)
            {
                violations.Add(campaign.Contains(start) ? "ends_on" : "starts_on",
                    $"is outside the {campaign.Year} campaign's activity window ({campaign.ActivitiesFrom:yyyy-MM-dd} to {campaign.ActivitiesTo:yyyy-MM-dd}); give outside_window_reason to plan it as an exception");
            }

            outsideReason = inside ? null : outsideReason;
        }

        violations.ThrowIfAny();
        return new ValidPlan(unionId!.Value, siteId, needId, teamIds, startsOn!.Value, endsOn!.Value, departsOn!.Value, returnsOn!.Value,
            budget, outsideReason, meetingDays);
    }

    public static void RequireEnum<TEnum>(int value, string field, FieldViolations violations) where TEnum : struct, Enum
    {
        if (!FieldRules.IsDefined<TEnum>(value))
        {
            violations.Add(field, "is required: one of the listed values");
        }
    }

    private static (DateOnly?, DateOnly?, DateOnly?, DateOnly?) Dates(Proto.PlanActivityRequest request, FieldViolations violations)
    {
        var startsOn = Required(request.StartsOn, "starts_on", violations);
        var endsOn = Required(request.EndsOn, "ends_on", violations);
        var departsOn = ActivityBounds.Day(request.DepartsOn, "departs_on", violations) ?? startsOn;
        var returnsOn = ActivityBounds.Day(request.ReturnsOn, "returns_on", violations) ?? endsOn;
        if (startsOn > endsOn)
        {
            violations.Add("ends_on", "must not be before starts_on");
        }

        ActivityBounds.Span(startsOn, endsOn, "ends_on", violations);
        if (departsOn > startsOn || departsOn < startsOn?.AddDays(-ActivityBounds.MaxTravelDays))
        {
            violations.Add("departs_on", $"must be on starts_on or at most {ActivityBounds.MaxTravelDays} days before it");
        }

        if (returnsOn < endsOn || returnsOn > endsOn?.AddDays(ActivityBounds.MaxTravelDays))
        {
            violations.Add("returns_on", $"must be on ends_on or at most {ActivityBounds.MaxTravelDays} days after it");
        }

        return (startsOn, endsOn, departsOn, returnsOn);
    }

    private static DateOnly? Required(string value, string field, FieldViolations violations) =>
        ActivityBounds.Day(value, field, violations, required: true);

    private static (decimal Amount, FundingSource Source) Budget(Proto.Budget? budget, FieldViolations violations)
    {
        if (budget is null)
        {
            violations.Add("budget", "is required");
            return (0, FundingSource.Union);
        }

        var amount = ActivityBounds.Amount(budget.Amount, "budget.amount", violations);
        RequireEnum<FundingSource>((int)budget.Source, "budget.source", violations);
        if (ActivityBounds.Amount(budget.RecipientCost, "budget.recipient_cost", violations, allowEmpty: true) != 0)
        {
            violations.Add("budget.recipient_cost", "must be zero: beneficiaries are never charged (《志愿服务条例》§21)");
        }

        return (amount, (FundingSource)budget.Source);
    }

    private static List<DateOnly> MeetingDays(Proto.PlanActivityRequest request, DateOnly? startsOn, DateOnly? endsOn, FieldViolations violations)
    {
        var days = new List<DateOnly>();
        if (!ActivityBounds.Count(request.MeetingDays, ActivityBounds.MaxSpanDays, "meeting_days", violations))
        {
            return days;
        }

        foreach (var (value, index) in request.MeetingDays.Select((d, i) => (d, i)))
        {
            var field = $"meeting_days[{index}]";
            if (ActivityBounds.Day(value, field, violations) is not { } day)
            {
                if (value.Length == 0)
                {
                    violations.Add(field, "must be a date written YYYY-MM-DD");
                }
            }
            else if (day < startsOn || day > endsOn)
            {
                violations.Add(field, "must be within starts_on..ends_on");
            }
            else
            {
                days.Add(day);
            }
        }

        return [.. days.Distinct()];
    }
}
