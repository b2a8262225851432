using Volunteer.Activity.Activities;
using Volunteer.Activity.Sites;

namespace Volunteer.Activity;

/// <summary>
/// Chinese names of activity's states and codes for the texts a person reads; each keeps its English
/// code in brackets where a person may quote it to support.
/// </summary>
internal static class ActivityLabels
{
    public static string Of(ActivityStatus status) => status switch
    {
        ActivityStatus.Draft => "草稿（DRAFT）",
        ActivityStatus.Submitted => "待安全审查（SUBMITTED）",
        ActivityStatus.Cleared => "已通过安全审查（CLEARED）",
        ActivityStatus.Blocked => "被阻止（BLOCKED）",
        ActivityStatus.InProgress => "进行中（IN_PROGRESS）",
        ActivityStatus.Completed => "已结束（COMPLETED）",
        ActivityStatus.Recorded => "已记录（RECORDED）",
        _ => "已取消（CANCELLED）",
    };

    public static string Of(NeedStatus status) => status switch
    {
        NeedStatus.Registered => "已登记（REGISTERED）",
        NeedStatus.Verified => "已核实（VERIFIED）",
        _ => "已对接（MATCHED）",
    };

    /// <summary>A team's specialty or a need's domain, as roster and activity name them in English.</summary>
    public static string Domain(string name) => name.ToUpperInvariant() switch
    {
        "EDUCATION" => "教育",
        "SCIENCE" => "科技",
        "CULTURE" => "文化",
        "MEDICAL" => "医疗",
        "HEALTH" => "健康",
        _ => name,
    };

    /// <summary>A team's state as activity keeps it from roster's events.</summary>
    public static string TeamStatus(string status) => status switch
    {
        "forming" => "组建中",
        "active" => "已启用",
        "disbanded" => "已解散",
        _ => status,
    };

    /// <summary>A reason roster gives for a volunteer who may not take part.</summary>
    public static string Ineligibility(string code) => code switch
    {
        "VETTING_REVOKED" => "审核已撤销（VETTING_REVOKED）",
        "NOT_APPROVED" => "审核未通过（NOT_APPROVED）",
        "NO_CONSENT" => "未同意参加（NO_CONSENT）",
        "NOT_TEAM_MEMBER" => "不是服务队成员（NOT_TEAM_MEMBER）",
        _ => code,
    };
}
