using Volunteer.Activity.Activities;
using Volunteer.Activity.Sites;

namespace Volunteer.Activity.Tests.Rules;

public sealed class AssistanceModeRulesTests
{
    [Theory]
    [InlineData(AssistanceMode.Designated, "provincial", FundingSource.Union)]
    [InlineData(AssistanceMode.Designated, "city-education", FundingSource.Union)]
    [InlineData(AssistanceMode.Designated, "county-education", FundingSource.Union)]
    [InlineData(AssistanceMode.Paired, "directly-affiliated", FundingSource.Unit)]
    public void The_programs_pairings_pass(AssistanceMode mode, string organiser, FundingSource source) =>
        Assert.True(AssistanceModeRules.Mismatches(mode, organiser, source).IsEmpty);

    [Theory]
    [InlineData(AssistanceMode.Designated, "directly-affiliated", FundingSource.Union, "union_id")]
    [InlineData(AssistanceMode.Designated, "city-education", FundingSource.Unit, "budget.source")]
    [InlineData(AssistanceMode.Paired, "county-education", FundingSource.Unit, "union_id")]
    [InlineData(AssistanceMode.Paired, "directly-affiliated", FundingSource.Union, "budget.source")]
    [InlineData(AssistanceMode.Paired, "provincial", FundingSource.Union, "budget.source,union_id")]
    public void Each_departure_names_its_field(
        AssistanceMode mode, string organiser, FundingSource source, string fields)
    {
        var violations = AssistanceModeRules.Mismatches(mode, organiser, source).Items;

        Assert.Equal(fields.Split(','), violations.Select(v => v.Field).Order());
        Assert.All(violations, v => Assert.Contains("mode_exception_reason", v.Description));
    }

    [Fact]
    public void The_paid_by_unit_description_is_chinese()
    {
        var violation = Assert.Single(
            AssistanceModeRules.Mismatches(AssistanceMode.Paired, "directly-affiliated", FundingSource.Union).Items);

        Assert.Equal("对口帮扶的费用由本单位负责；如确需例外，请填写 mode_exception_reason", violation.Description);
    }
}
