using Volunteer.Activity.Activities;
using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;
using Proto = Volunteer.Contracts.Activity.V1;

namespace Volunteer.Activity.Grpc;

/// <summary>Reads the need requests, reporting every bad field at once.</summary>
internal static class NeedValidation
{
    public static NewNeed ParseNew(Proto.RegisterNeedRequest request)
    {
        var violations = new FieldViolations();
        FieldRules.OptionalText(request.RequestId, 100, "request_id", violations);
        var siteId = violations.Id(request.SiteId, "site_id");
        FieldRules.RequireText(request.Title, 100, "title", violations);
        var domain = EnumField.Required<ServiceDomain>((int)request.Domain, "domain", violations);
        if (ActivityBounds.Count(request.Skills, ActivityBounds.MaxNeedSkills, "skills", violations))
        {
            foreach (var (skill, i) in request.Skills.Select((s, i) => (s, i)))
            {
                FieldRules.RequireText(skill, 50, $"skills[{i}]", violations);
            }
        }

        var from = ActivityBounds.Day(request.WishedFrom, "wished_from", violations, required: true);
        var to = ActivityBounds.Day(request.WishedTo, "wished_to", violations, required: true);
        if (to < from)
        {
            violations.Add("wished_to", FieldTexts.NotBefore("wished_from"));
        }

        ActivityBounds.Span(from, to, "wished_to", violations);
        FieldRules.RequireText(request.RiskStatement, 1000, "risk_statement", violations);
        violations.ThrowIfAny();
        return new NewNeed(request.RequestId.Length > 0 ? request.RequestId : null, siteId!.Value,
            request.Title.Trim(), domain, [.. request.Skills.Select(s => s.Trim()).Distinct()], from!.Value,
            to!.Value, request.RiskStatement.Trim());
    }

    public static NeedFilter ParseList(Proto.ListNeedsRequest request)
    {
        var violations = new FieldViolations();
        var paging = IdPage.Parse(request.PageSize, request.PageToken, violations);
        var subtree = violations.Id(request.UnionSubtreeOf, "union_subtree_of", required: false);
        var siteId = violations.Id(request.SiteId, "site_id", required: false);
        violations.ThrowIfAny();
        var status = request.Status == Proto.NeedStatus.Unspecified ? (NeedStatus?)null : (NeedStatus)request.Status;
        return new NeedFilter(paging, subtree, siteId, status);
    }

    public static (Guid NeedId, Guid TeamId) ParseMatch(Proto.ConfirmMatchRequest request)
    {
        var violations = new FieldViolations();
        var needId = violations.Id(request.NeedId, "need_id");
        var teamId = violations.Id(request.TeamId, "team_id");
        violations.ThrowIfAny();
        return (needId!.Value, teamId!.Value);
    }

    /// <summary>The need and how many teams to suggest (10 unless asked, at most 100).</summary>
    public static (Guid NeedId, int Count) ParseSuggest(Proto.SuggestTeamsRequest request)
    {
        // A bad count is reported on its own, before the need is looked at.
        if (request.MaxSuggestions < 0)
        {
            new FieldViolations().Add("max_suggestions", FieldTexts.NotNegative).ThrowIfAny();
        }

        return (NeedId(request.NeedId), request.MaxSuggestions is 0 ? 10 : Math.Min(request.MaxSuggestions, 100));
    }

    public static Guid NeedId(string value)
    {
        var violations = new FieldViolations();
        var needId = violations.Id(value, "need_id");
        violations.ThrowIfAny();
        return needId!.Value;
    }
}
