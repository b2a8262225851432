using Volunteer.Contracts.Events;

namespace Volunteer.Notifications.Inbox;

/// <summary>
/// Safety's blocking reasons in Chinese, counted rather than naming people: an admin sees which rule
/// blocks and how many participants it concerns, and the activity's page shows who.
/// </summary>
public static class ClearanceReasonTexts
{
    public static string Describe(IReadOnlyList<ClearanceReason> reasons) => string.Join("；",
        reasons.GroupBy(r => r.Code).Select(group => Describe(group.Key, group.Count())));

    private static string Describe(string code, int count) => code switch
    {
        "NO_RESPONSIBLE_PERSON" => "未指定安全责任人",
        "PLAN_NOT_APPROVED" => "安全预案尚未批准",
        "UNINSURED" => $"{count} 名参与者在活动期间未投保",
        "NO_SAFETY_TRAINING" => $"{count} 名参与者没有有效的安全培训记录",
        _ => $"未满足安全条件（{code}）",
    };
}
