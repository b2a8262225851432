using Volunteer.Contracts.Activity.V1;
using Volunteer.Contracts.Roster.V1;
using Volunteer.Contracts.Safety.V1;

namespace Volunteer.Seeder.Demo;

/// <summary>
/// The demo's 2018 activities: every team runs 2–4 over April–October, in the forms its specialty offers,
/// at sites of its county (designated), its paired county (directly affiliated unions) or online. Each team
/// draws from its own seeded random source, so a slice of teams plans exactly what the whole demo plans for them.
/// </summary>
public static class DemoActivities
{
    private static readonly DateOnly FirstDay = new(2018, 4, 2);
    private static readonly DateOnly LastStart = new(2018, 10, 26);
    private static readonly IncidentSeverity[] Severities =
        [IncidentSeverity.Minor, IncidentSeverity.Moderate, IncidentSeverity.Minor, IncidentSeverity.Serious];

    public static IReadOnlyList<ActivitySpec> Create(DemoRoster demo, IReadOnlyList<SiteSpec> sites, int seed)
    {
        var unions = demo.Unions.ToDictionary(u => u.Key);
        var activities = new List<ActivitySpec>();
        foreach (var team in demo.Teams)
        {
            var teamSeed = StableHash(seed, team.Key);
            var random = new Random(teamSeed);
            var offered = ActivityForms.Offered(team.Specialty);
            var count = random.Next(2, 5);
            for (var index = 0; index < count; index++)
            {
                // Walk the team's forms from a random point so every form of the specialty comes up.
                var form = offered[(teamSeed + index) % offered.Count];
                var fate = Fate(team, form, random);
                IncidentSeverity? incident = fate is ActivityFate.Recorded && random.Next(20) == 0 ? Severities[random.Next(Severities.Length)] : null;
                activities.Add(Activity($"{team.Key}-act-{index}", team, unions[team.UnionKey], form, sites, fate, incident, random));
            }
        }

        return activities;
    }

    /// <summary>A team's own seed from the run's seed and its key (string.GetHashCode differs between processes).</summary>
    private static int StableHash(int seed, string key) => key.Aggregate(seed & 0x7FFF, (hash, c) => (hash * 31 + c) & 0x7FFFFFF);

    // Online activities need no insurance (safety checks cover only for on-site days), so none is left uninsured.
    private static ActivityFate Fate(TeamSpec team, ActivityForm form, Random random) => random.Next(100) switch
    {
        < 5 when team.Members.Any(m => !m.SafetyTrained) => ActivityFate.Untrained,
        < 8 and >= 5 when form != ActivityForm.InternetPlus => ActivityFate.Uninsured,
        < 11 and >= 8 => ActivityFate.Cancelled,
        < 16 and >= 11 => ActivityFate.Unrecorded,
        _ => ActivityFate.Recorded,
    };

    private static ActivitySpec Activity(string key, TeamSpec team, UnionSpec union, ActivityForm form, IReadOnlyList<SiteSpec> sites,
        ActivityFate fate, IncidentSeverity? incident, Random random)
    {
        var mode = union.Kind == UnionKind.DirectlyAffiliated ? AssistanceMode.Paired : AssistanceMode.Designated;
        var site = Site(union, mode, form, sites, random);
        var startsOn = FirstDay.AddDays(random.Next(LastStart.DayNumber - FirstDay.DayNumber + 1));
        var endsOn = form == ActivityForm.InternetPlus ? startsOn : startsOn.AddDays(random.Next(0, 3));
        var label = ActivityForms.Label(form);
        var name = site is null ? $"{label}·{team.Name}线上课堂" : $"{label}·{site.Name}";
        var confirming = team.Members
            .Where(m => m.SafetyTrained ? random.Next(100) < 85 : fate == ActivityFate.Untrained)
            .Select(m => m.Key).ToList();
        if (confirming.Count == 0)
        {
            confirming.Add(team.Members.First(m => m.SafetyTrained).Key);
        }

        return new ActivitySpec(key, team, union, form, ActivityForms.Domain(team.Specialty), mode, site, startsOn, endsOn, name,
            ActivityForms.Content(form), random.Next(10, 81) * 100m, confirming, fate, random.Next(8) == 0, incident);
    }

    /// <summary>Affiliated units serve their paired sites, county unions their own county, city unions any designated county.</summary>
    private static SiteSpec? Site(UnionSpec union, AssistanceMode mode, ActivityForm form, IReadOnlyList<SiteSpec> sites, Random random)
    {
        if (ActivityForms.SiteKindFor(form) is not { } kind)
        {
            return null;
        }

        var ownSitesOnly = mode == AssistanceMode.Paired || union.Kind == UnionKind.CountyEducation;
        var candidates = sites.Where(s => s.Kind == kind && s.Mode == mode && (!ownSitesOnly || s.UnionKey == union.Key))
            .ToList();
        return candidates[random.Next(candidates.Count)];
    }
}
