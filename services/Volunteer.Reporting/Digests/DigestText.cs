namespace Volunteer.Reporting.Digests;

/// <summary>The words of a rendered digest in Simplified Chinese (the default) and English.</summary>
public static class DigestText
{
    private static readonly Dictionary<string, (string Zh, string En)> Words = new()
    {
        [DigestKinds.Weekly] = ("周报", "Weekly digest"),
        [DigestKinds.Monthly] = ("月报", "Monthly digest"),
        [DigestKinds.CampaignSummary] = ("活动总结", "Campaign summary"),
        ["period"] = ("统计期间", "Period"),
        ["to"] = ("至", "to"),
        ["figures"] = ("主要数据", "Key figures"),
        ["figure"] = ("指标", "Figure"),
        ["current"] = ("本期", "This period"),
        ["previous"] = ("上期", "Previous period"),
        ["change"] = ("变化", "Change"),
        ["active-teams"] = ("活跃服务分队", "Active teams"),
        ["vetted-people"] = ("审核通过的志愿者", "Vetted volunteers"),
        ["activities"] = ("志愿服务活动", "Activities"),
        ["service-hours"] = ("服务时长（小时）", "Service hours"),
        ["recorded-hours"] = ("已记录时长（小时）", "Recorded hours"),
        ["volunteers-served"] = ("参与服务的志愿者", "Volunteers who served"),
        ["beneficiaries"] = ("受益人数", "Beneficiaries"),
        ["donation-value"] = ("捐赠物资价值（元）", "Donated goods (yuan)"),
        ["spending"] = ("活动经费（元）", "Spending (yuan)"),
        ["incidents"] = ("安全事件", "Incidents"),
        ["uncleared"] = ("7日内开展但未通过安全审核", "Uncleared, starting within 7 days"),
        ["overdue"] = ("逾期未记录", "Overdue records"),
        ["by-form"] = ("按形式统计的活动", "Activities by form"),
        ["hours-by-union"] = ("各单位服务时长", "Hours by union"),
        ["progress"] = ("“百队千人”进度", "Progress against 100 teams / 1,000 people"),
        ["teams"] = ("服务分队", "Teams"),
        ["people"] = ("志愿者", "People"),
        ["top-teams"] = ("服务时长前列的分队", "Top teams"),
        ["notable"] = ("重点活动", "Notable activities"),
        ["cases"] = ("典型经验", "Typical cases"),
        ["incident-list"] = ("安全事件", "Incidents"),
        ["overdue-list"] = ("逾期未记录的活动（10个工作日内应记录）", "Activities overdue for recording (due within 10 working days)"),
        ["uncleared-list"] = ("尚未通过安全审核的活动", "Activities not yet cleared"),
        ["awards"] = ("表彰名单", "Commendations"),
        ["none"] = ("无", "None"),
        ["hours"] = ("小时", "h"),
        ["due"] = ("应记录日期", "due"),
        ["closed"] = ("已结案", "closed"),
        ["open"] = ("处理中", "open"),
        ["innovation"] = ("创新做法", "Innovation"),
        ["results"] = ("成效", "Results"),
        ["minor"] = ("轻微", "minor"),
        ["moderate"] = ("一般", "moderate"),
        ["serious"] = ("严重", "serious"),
        ["critical"] = ("重大", "critical"),
        ["teaching"] = ("送教", "teaching"),
        ["medical"] = ("送医", "medical"),
        ["performance"] = ("送文艺", "performances"),
        ["skills-training"] = ("技能培训", "skills training"),
        ["experience-exchange"] = ("经验交流", "experience exchange"),
        ["consulting"] = ("咨询服务", "consulting"),
        ["donation"] = ("捐赠物资", "donations"),
        ["school-enterprise"] = ("校（院）企合作", "school-enterprise cooperation"),
        ["internet-plus"] = ("互联网+", "internet plus"),
        ["other"] = ("其他", "other"),
    };

    /// <summary>The word for a key; an unknown key (a new form, say) is shown as it is.</summary>
    public static string Of(string key, DigestLanguage language) =>
        Words.TryGetValue(key, out var word) ? (language == DigestLanguage.English ? word.En : word.Zh) : key;
}
