using Volunteer.Reporting.Digests;
using Volunteer.Reporting.Figures;

namespace Volunteer.Reporting.Tests;

public sealed class DigestWordsTests
{
    private static readonly DateOnly Day = new(2026, 6, 18);

    [Fact]
    public void Clearance_reasons_of_an_uncleared_activity_read_in_chinese_and_in_english()
    {
        var content = Content(new ActivityLine("送医下乡·连山义诊", "清远市教育工会", "medical", Day, Day, 0,
            "UNINSURED, NO_SAFETY_TRAINING"));

        var chinese = Uncleared(DigestView.Of(content, DigestLanguage.Chinese, Day));
        var english = Uncleared(DigestView.Of(content, DigestLanguage.English, Day));

        Assert.Equal(["送医下乡·连山义诊（清远市教育工会，送医，2026-06-18）：有参与者未投保，有参与者未接受有效的安全培训"], chinese);
        Assert.Equal(["送医下乡·连山义诊 (清远市教育工会, medical, 2026-06-18): a participant is uninsured, "
            + "a participant lacks current safety training"], english);
        Assert.DoesNotContain("UNINSURED", MarkdownDigest.Render(DigestView.Of(content, DigestLanguage.Chinese, Day)));
    }

    private static IReadOnlyList<string> Uncleared(DigestView view) => view.Sections[^1].Lines;

    private static DigestContent Content(ActivityLine uncleared)
    {
        var figures = new CampaignFigures { UnionId = null, UnionName = "全省", PeriodStart = Day, PeriodEnd = Day };
        return new DigestContent(DigestKinds.Weekly, "全省", Day, Day, DateTimeOffset.UnixEpoch, figures, figures,
            [], [], [], [], [], [uncleared]);
    }
}
