namespace Volunteer.Seeder.Demo;

/// <summary>The whole demo campaign for a roster: its sites and the activities its teams run.</summary>
public sealed record DemoPlan(DemoRoster Roster, IReadOnlyList<SiteSpec> Sites, IReadOnlyList<ActivitySpec> Activities)
{
    public static DemoPlan Create(DemoRoster roster, int seed)
    {
        var sites = AssistanceSites.For(roster);
        return new DemoPlan(roster, sites, DemoActivities.Create(roster, sites, seed));
    }
}
