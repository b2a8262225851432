using Volunteer.Activity.Sites;

namespace Volunteer.Activity.Tests.Rules;

public sealed class MatchScoreTests
{
    private static readonly Need Physics = new()
    {
        Title = "初三物理实验课", RiskStatement = "山区道路", Domain = ServiceDomain.Education, Skills = ["物理教学", "实验指导"],
        WishedFrom = new DateOnly(2018, 5, 1), WishedTo = new DateOnly(2018, 5, 31),
    };

    [Fact]
    public void A_free_nearby_team_with_the_skills_outranks_a_busy_distant_one_and_each_says_why()
    {
        var near = Candidate("441800", ["物理教学", "实验指导"], overlapping: 0, thisYear: 0);
        var far = Candidate("440100", ["物理教学"], overlapping: 1, thisYear: 3);

        var (nearScore, nearReasons) = MatchScore.Rate(Physics, "441825", near);
        var (farScore, farReasons) = MatchScore.Rate(Physics, "441825", far);

        Assert.Equal(40 + 30 + 12 + 10, nearScore);
        Assert.Equal(20 + 0 + 5 + 4, farScore);
        Assert.Equal(["成员具备所需2项技能中的2项", "期望时段内无其他活动", "与服务点同一市", "今年已开展0项活动"], nearReasons);
        Assert.Contains("期望时段内已有1项活动", farReasons);
    }

    [Fact]
    public void Without_named_skills_the_teams_specialty_decides_the_skill_fit()
    {
        var need = new Need { Title = "义诊", RiskStatement = "无", Domain = ServiceDomain.Medical, WishedFrom = Physics.WishedFrom, WishedTo = Physics.WishedTo };

        Assert.Equal(40 + 30 + 20 + 10, MatchScore.Rate(need, "441825", Candidate("441825", [], 0, 0, "medical")).Score);
        Assert.Equal(30 + 20 + 10, MatchScore.Rate(need, "441825", Candidate("441825", [], 0, 0, "culture")).Score);
    }

    private static MatchCandidate Candidate(string region, string[] skills, int overlapping, int thisYear, string specialty = "education") =>
        new(Guid.NewGuid(), "分队", Guid.NewGuid(), specialty, region, skills.ToHashSet(), overlapping, thisYear);
}
