using System.Diagnostics;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteer.Contracts.Reporting.V1;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Seeding;

namespace Volunteer.Seeder;

/// <summary>
/// The whole demo 2018 campaign, step by step through the services' public APIs; every step picks up
/// from what the platform already holds, so a second run changes nothing.
/// </summary>
public sealed class DemoCampaign(
    IOptions<SeederOptions> options, RosterSeeding roster, AccountSeeding accounts, SiteSeeding sites, ActivitySeeding activities, PolicySeeding policies,
    SafetySeeding safety, AttendanceSeeding attendance, ReportingSeeding reporting, ILogger<DemoCampaign> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var (seed, scale) = (options.Value.Seed, options.Value.Scale);
        logger.LogInformation("Seeding the demo campaign: seed {Seed}, scale {Scale}", seed, scale);
        var roster = DemoRoster.Create(seed, scale);
        if (options.Value.Teams is { } teams)
        {
            roster = roster with { Teams = [.. roster.Teams.Take(teams)] };
        }

        await SeedAsync(DemoPlan.Create(roster, seed), cancellationToken);
    }

    public async Task<(SeededCampaign Seeded, Figures Figures)> SeedAsync(DemoPlan plan, CancellationToken cancellationToken)
    {
        var clock = Stopwatch.StartNew();
        var seeded = new SeededCampaign(await roster.SeedAsync(plan.Roster, options.Value.Seed, cancellationToken));
        Step("roster", clock);
        await accounts.SeedAsync(plan.Roster, seeded.Roster, options.Value.Seed, cancellationToken);
        Step("accounts", clock);
        await sites.SeedAsync(plan, seeded, cancellationToken);
        Step("sites and needs", clock);
        await activities.SeedAsync(plan, seeded, cancellationToken);
        Step("activities", clock);
        await policies.SeedAsync(plan, seeded, cancellationToken);
        Step("policies", clock);
        await safety.SeedAsync(plan, seeded, cancellationToken);
        Step("safety", clock);
        await attendance.SeedAsync(plan, seeded, cancellationToken);
        Step("attendance and outcomes", clock);
        var figures = await reporting.SeedAsync(plan, seeded, cancellationToken);
        Step("reporting", clock);
        return (seeded, figures);
    }

    private void Step(string step, Stopwatch clock) =>
        logger.LogInformation("Demo step {Step} done after {Seconds:F1} s", step, clock.Elapsed.TotalSeconds);
}
