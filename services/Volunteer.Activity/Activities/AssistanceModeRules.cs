using Volunteer.Activity.Sites;
using Volunteer.ServiceDefaults.Grpc;

namespace Volunteer.Activity.Activities;

/// <summary>
/// The program's pairing of mode, organiser and payer (粤教工〔2018〕17号 三(二)、(五)): 省内定点帮扶 is organised
/// by the education unions (province, city, county) and funded by the union at its level; 对口帮扶 is organised
/// by a directly affiliated grassroots union, whose unit pays for it.
/// </summary>
public static class AssistanceModeRules
{
    public const int ExceptionReasonMaxLength = 500;

    private const string DirectlyAffiliated = "directly-affiliated";

    /// <summary>
    /// A violation for each part that does not fit the mode; organiserKind as the union tree names it, the
    /// fields named within the request's message at <paramref name="fieldPrefix"/> (an update's "activity.").
    /// </summary>
    public static FieldViolations Mismatches(
        AssistanceMode mode, string organiserKind, FundingSource source, string fieldPrefix = "")
    {
        var violations = new FieldViolations();
        var byUnit = organiserKind == DirectlyAffiliated;
        if (mode == AssistanceMode.Designated && byUnit)
        {
            violations.Add($"{fieldPrefix}union_id", "省内定点帮扶须由各级教育工会组织，直属基层工会请选择对口帮扶；如确需例外，请填写 mode_exception_reason");
        }
        else if (mode == AssistanceMode.Paired && !byUnit)
        {
            violations.Add($"{fieldPrefix}union_id", "对口帮扶须由直属基层工会自行组织；如确需例外，请填写 mode_exception_reason");
        }

        var payer = mode == AssistanceMode.Paired ? FundingSource.Unit : FundingSource.Union;
        if (source != payer)
        {
            violations.Add($"{fieldPrefix}budget.source", payer == FundingSource.Union
                ? "省内定点帮扶由组织活动的教育工会配套经费；如确需例外，请填写 mode_exception_reason"
                : "对口帮扶的费用由本单位负责；如确需例外，请填写 mode_exception_reason");
        }

        return violations;
    }
}
