using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>Which forms of service each kind of team offers, and what each form is called and does.</summary>
public static class ActivityForms
{
    /// <summary>Only medical teams (all licensed doctors) go on 送医; school–enterprise work is the science teams'.</summary>
    public static IReadOnlyList<ActivityForm> Offered(TeamSpecialty specialty) => specialty switch
    {
        TeamSpecialty.Education => [ActivityForm.Teaching, ActivityForm.Teaching, ActivityForm.ExperienceExchange, ActivityForm.InternetPlus, ActivityForm.Donation, ActivityForm.Consulting],
        TeamSpecialty.Science => [ActivityForm.SkillsTraining, ActivityForm.SchoolEnterprise, ActivityForm.Consulting, ActivityForm.InternetPlus],
        TeamSpecialty.Culture => [ActivityForm.Performance, ActivityForm.Performance, ActivityForm.Teaching, ActivityForm.ExperienceExchange],
        TeamSpecialty.Medical => [ActivityForm.Medical, ActivityForm.Medical, ActivityForm.SkillsTraining, ActivityForm.Consulting],
        _ => [ActivityForm.Consulting, ActivityForm.Donation, ActivityForm.InternetPlus, ActivityForm.Teaching],
    };

    public static ServiceDomain Domain(TeamSpecialty specialty) => specialty switch
    {
        TeamSpecialty.Education => ServiceDomain.Education,
        TeamSpecialty.Science => ServiceDomain.Science,
        TeamSpecialty.Culture => ServiceDomain.Culture,
        TeamSpecialty.Medical => ServiceDomain.Medical,
        _ => ServiceDomain.Health,
    };

    public static string Label(ActivityForm form) => form switch
    {
        ActivityForm.Teaching => "送教下乡",
        ActivityForm.Medical => "送医下乡",
        ActivityForm.Performance => "送文艺下乡",
        ActivityForm.SkillsTraining => "技能培训",
        ActivityForm.ExperienceExchange => "经验交流",
        ActivityForm.Consulting => "咨询服务",
        ActivityForm.Donation => "捐赠物资",
        ActivityForm.SchoolEnterprise => "校企合作",
        _ => "互联网+",
    };

    /// <summary>Clinics for 送医, villages for advice, training and goods, schools for the rest; online work has no site.</summary>
    public static SiteKind? SiteKindFor(ActivityForm form) => form switch
    {
        ActivityForm.InternetPlus => null,
        ActivityForm.Medical => SiteKind.Clinic,
        ActivityForm.Consulting or ActivityForm.SkillsTraining or ActivityForm.Donation => SiteKind.Village,
        _ => SiteKind.School,
    };

    public static string Content(ActivityForm form) => form switch
    {
        ActivityForm.Teaching => "示范课、集体备课与课堂诊断，帮助当地教师改进教学",
        ActivityForm.Medical => "义诊、健康筛查与常见病诊治，向乡镇卫生院医务人员示范规范诊疗",
        ActivityForm.Performance => "文艺演出与群众文化辅导，送戏送书法到村",
        ActivityForm.SkillsTraining => "面向村民和乡村医生的实用技能培训",
        ActivityForm.ExperienceExchange => "与当地学校开展教研经验交流座谈",
        ActivityForm.Consulting => "政策、健康与技术咨询，现场答疑",
        ActivityForm.Donation => "捐赠图书、课桌椅与教学用品，现场签收",
        ActivityForm.SchoolEnterprise => "联合本地企业开展实训与技术对接",
        _ => "线上直播课堂与远程辅导",
    };
}
