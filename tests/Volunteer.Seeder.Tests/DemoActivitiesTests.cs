using Volunteer.Contracts.Activity.V1;
using Volunteer.Seeder.Demo;

namespace Volunteer.Seeder.Tests;

public sealed class DemoActivitiesTests
{
    private static readonly DemoPlan Plan = DemoPlan.Create(DemoRoster.Create(seed: 2018, scale: 1), seed: 2018);

    [Fact]
    public void The_same_seed_plans_the_same_activities_and_a_slice_of_teams_plans_what_the_whole_plans_for_them()
    {
        var again = DemoPlan.Create(DemoRoster.Create(seed: 2018, scale: 1), seed: 2018);
        var slice = DemoPlan.Create(Plan.Roster with { Teams = [.. Plan.Roster.Teams.Skip(40).Take(3)] }, seed: 2018);

        Assert.Equal(Plan.Activities.Select(Describe), again.Activities.Select(Describe));
        Assert.Equal(Plan.Activities.Where(a => slice.Roster.Teams.Contains(a.Team)).Select(Describe), slice.Activities.Select(Describe));
    }

    [Fact]
    public void Scale_one_plans_two_to_four_activities_a_team_in_every_form_and_both_modes_from_april_to_october_2018()
    {
        Assert.InRange(Plan.Activities.Count, 250, 350);
        Assert.All(Plan.Activities.GroupBy(a => a.Team), team => Assert.InRange(team.Count(), 2, 4));
        var forms = Enum.GetValues<ActivityForm>().Where(f => f is not ActivityForm.Unspecified and not ActivityForm.Other);
        Assert.All(forms, form => Assert.Contains(Plan.Activities, a => a.Form == form));
        Assert.Contains(Plan.Activities, a => a.Mode == AssistanceMode.Paired);
        Assert.Contains(Plan.Activities, a => a.Mode == AssistanceMode.Designated);
        Assert.All(Plan.Activities, a =>
        {
            Assert.True(a.StartsOn >= new DateOnly(2018, 4, 1) && a.EndsOn <= new DateOnly(2018, 10, 31) && a.StartsOn <= a.EndsOn, a.Key);
            Assert.True(a.Name.Length <= 100, a.Key);
        });
        Assert.Equal(Plan.Activities.Count, Plan.Activities.Select(a => a.Key).Distinct().Count());
    }

    [Fact]
    public void Only_licensed_doctors_go_on_medical_activities_and_only_internet_plus_has_no_site()
    {
        Assert.All(Plan.Activities.Where(a => a.Form == ActivityForm.Medical), a => Assert.All(a.ConfirmingKeys,
            key => Assert.True(a.Team.Members.Single(m => m.Key == key).Doctor, key)));
        Assert.All(Plan.Activities, a => Assert.Equal(a.Form == ActivityForm.InternetPlus, a.Site is null));
        Assert.All(Plan.Activities.Where(a => a.Mode == AssistanceMode.Paired), a => Assert.True(a.Site is null || a.Site.UnionKey == a.Union.Key, a.Key));
    }

    [Fact]
    public void A_few_activities_are_blocked_cancelled_or_left_unrecorded_and_only_the_untrained_fate_lets_untrained_people_confirm()
    {
        var fates = Plan.Activities.CountBy(a => a.Fate).ToDictionary();
        Assert.InRange(fates[ActivityFate.Recorded], Plan.Activities.Count * 3 / 4, Plan.Activities.Count);
        Assert.All(new[] { ActivityFate.Unrecorded, ActivityFate.Cancelled, ActivityFate.Uninsured, ActivityFate.Untrained },
            fate => Assert.InRange(fates.GetValueOrDefault(fate), 1, Plan.Activities.Count / 10));
        Assert.All(Plan.Activities, a => Assert.Equal(a.Fate == ActivityFate.Untrained,
            a.ConfirmingKeys.Any(key => !a.Team.Members.Single(m => m.Key == key).SafetyTrained)));
        Assert.Contains(Plan.Activities, a => a.Incident is not null);
        Assert.DoesNotContain(Plan.Activities, a => a.Fate == ActivityFate.Uninsured && a.Online);
    }

    private static string Describe(ActivitySpec a) =>
        $"{a.Key} {a.Form} {a.Site?.Key} {a.StartsOn} {a.EndsOn} {a.Budget} {a.Fate} {a.LongDays} {a.Incident} {string.Join(",", a.ConfirmingKeys)}";
}
