using Volunteer.ServiceDefaults.Errors;

namespace Volunteer.ServiceDefaults.PersonalData;

/// <summary>
/// The rule every phone reveal for an activity obeys: only from <see cref="ContactReachOptions.LeadDays"/>
/// before its first day to <see cref="ContactReachOptions.GraceDays"/> after its last, in the campaign's days.
/// </summary>
public static class ContactReachWindow
{
    public const string Reason = "OUTSIDE_ACTIVITY_WINDOW";

    /// <param name="whose">Whose phones are asked for, as the refusal names them (e.g. 参与者).</param>
    /// <exception cref="RuleBrokenException">Today is outside the window.</exception>
    public static void Demand(ContactReachOptions window, DateOnly today, DateOnly startsOn, DateOnly endsOn,
        string subject, string whose)
    {
        if (today >= startsOn.AddDays(-window.LeadDays) && today <= endsOn.AddDays(window.GraceDays))
        {
            return;
        }

        var description = $"只能在活动开始前{window.LeadDays}天至结束后{window.GraceDays}天内查看{whose}的电话。";
        throw new RuleBrokenException([new RuleViolation(Reason, subject, description)], description, Reason);
    }
}
