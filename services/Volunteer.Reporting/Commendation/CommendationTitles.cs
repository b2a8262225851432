namespace Volunteer.Reporting.Commendation;

/// <summary>The names published awards carry, as the program's November commendation words them.</summary>
public static class CommendationTitles
{
    /// <summary>Granting body when the provincial union is not yet known to reporting.</summary>
    public const string Province = "省教科文卫工会";

    public static string Of(int campaignYear, bool team) =>
        $"{campaignYear}年度职工志愿服务{(team ? "先进集体" : "先进个人")}";
}
