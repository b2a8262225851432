using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Volunteer.Seeder.Demo;
using Volunteer.Seeder.Seeding;

namespace Volunteer.Seeder;

/// <summary>The whole demo, step by step, each step safe to run again.</summary>
public sealed class DemoCampaign(IOptions<SeederOptions> options, RosterSeeding roster, ILogger<DemoCampaign> logger)
{
    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var (seed, scale) = (options.Value.Seed, options.Value.Scale);
        logger.LogInformation("Seeding the demo campaign: seed {Seed}, scale {Scale}", seed, scale);
        var demo = DemoRoster.Create(seed, scale);
        await roster.SeedAsync(demo, seed, cancellationToken);
    }
}
