namespace Volunteer.ServiceDefaults.Errors;

/// <summary>
/// The Chinese name of each kind of thing a refusal may name; the full proto name stays in the
/// ResourceInfo detail for programs.
/// </summary>
public static class ResourceLabels
{
    private static readonly Dictionary<string, string> ByTypeName = new(StringComparer.Ordinal)
    {
        ["Union"] = "工会",
        ["Team"] = "服务队",
        ["TeamMember"] = "服务队成员",
        ["StaffVolunteer"] = "职工志愿者",
        ["Site"] = "服务点",
        ["Need"] = "服务需求",
        ["Activity"] = "活动",
        ["ActivityInterest"] = "报名意向",
        ["Attendance"] = "签到记录",
        ["Participant"] = "参与人员",
        ["Policy"] = "保险保单",
        ["SafetyPlan"] = "安全预案",
        ["Incident"] = "安全事件",
        ["Digest"] = "简报",
        ["Certificate"] = "服务证明",
        ["RecordCorrection"] = "记录更正",
        ["TypicalCase"] = "典型案例",
        ["Nomination"] = "表彰推荐",
        ["Account"] = "账号",
        ["Grant"] = "授权",
        ["notification"] = "通知",
    };

    /// <summary>The label of a full proto name such as "volunteer.roster.v1.Union"; "记录" when unknown.</summary>
    public static string Of(string resourceType) =>
        ByTypeName.GetValueOrDefault(resourceType[(resourceType.LastIndexOf('.') + 1)..], "记录");
}
