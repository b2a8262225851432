using Volunteer.Contracts.Roster.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>What teams of each specialty are called, and the skills and professions their people bring.</summary>
public static class Specialties
{
    public static string Label(TeamSpecialty specialty) => specialty switch
    {
        TeamSpecialty.Education => "送教",
        TeamSpecialty.Science => "科技",
        TeamSpecialty.Culture => "文艺",
        TeamSpecialty.Medical => "医疗",
        _ => "健康",
    };

    public static IReadOnlyList<string> Skills(TeamSpecialty specialty) => specialty switch
    {
        TeamSpecialty.Education => ["语文教学", "数学教学", "英语教学", "物理教学", "心理辅导", "教师培训", "学前教育"],
        TeamSpecialty.Science => ["农业技术", "科普讲解", "信息技术", "水产养殖", "电商培训"],
        TeamSpecialty.Culture => ["声乐", "舞蹈", "书法", "美术", "粤剧", "非遗传承"],
        TeamSpecialty.Medical => ["内科", "外科", "儿科", "中医", "护理", "口腔", "眼科"],
        _ => ["健康教育", "营养指导", "康复理疗", "慢病管理"],
    };

    public static string Profession(TeamSpecialty specialty) => specialty switch
    {
        TeamSpecialty.Education => "教师",
        TeamSpecialty.Science => "研究员",
        TeamSpecialty.Culture => "文艺工作者",
        TeamSpecialty.Medical => "医师",
        _ => "健康管理师",
    };

    /// <summary>Hospitals and medical schools field medical and health teams, cultural units culture teams, the rest teach.</summary>
    public static TeamSpecialty For(UnionSpec union, int teamIndex)
    {
        if (union.Name.Contains("医院") || union.Name.Contains("医"))
        {
            return teamIndex % 2 == 0 ? TeamSpecialty.Medical : TeamSpecialty.Health;
        }

        if (union.Name.Contains("文化") || union.Name.Contains("图书馆"))
        {
            return TeamSpecialty.Culture;
        }

        if (union.Name.Contains("科学院") || union.Name.Contains("理工") || union.Name.Contains("海洋"))
        {
            return TeamSpecialty.Science;
        }

        return (teamIndex % 5) switch { 0 or 1 => TeamSpecialty.Education, 2 => TeamSpecialty.Medical, 3 => TeamSpecialty.Culture, _ => TeamSpecialty.Health };
    }
}
